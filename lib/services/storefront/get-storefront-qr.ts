import "server-only";
import { db } from "@/db/client";
import { findStorefrontBySlug } from "@/db/queries/storefronts";
import { isSlugShaped } from "@/lib/domain/storefront/slug";
import { publicBaseUrl } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { qrPng } from "@/lib/images/qr-code";
import { STOREFRONT_MESSAGES } from "./messages";

/** The absolute address a QR code, a poster or a share message points to. */
export const storefrontAbsoluteUrl = (slug: string) => `${publicBaseUrl()}/toko/${slug}`;

/** A PNG QR code of a public storefront's absolute address; 404 exactly when the storefront page is. */
export const getStorefrontQrPng = async (slug: string): Promise<Buffer> => {
  const row = isSlugShaped(slug) ? await findStorefrontBySlug(db, { slug }) : undefined;
  if (!row || row.verificationStatus !== "verified") throw notFound(STOREFRONT_MESSAGES.notFound);
  return qrPng(storefrontAbsoluteUrl(row.slug), { scale: 10 });
};
