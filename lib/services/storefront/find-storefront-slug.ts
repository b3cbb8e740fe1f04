import "server-only";
import { z } from "zod";
import { db } from "@/db/client";
import { findPublicSlugOfBusiness } from "@/db/queries/storefronts";

/** The slug of a verified business's storefront; null for a malformed id, an unknown or a non-public business. */
export const findStorefrontSlug = async (businessId: string): Promise<string | null> =>
  z.uuid().safeParse(businessId).success ? findPublicSlugOfBusiness(db, { businessId }) : null;
