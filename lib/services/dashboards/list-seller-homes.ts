import "server-only";
import { db } from "@/db/client";
import { findBusinessOverview } from "@/db/queries/business-queue";
import { findSellerBusiness } from "@/db/queries/businesses";
import { listSellerProducts } from "@/db/queries/products";
import { businessesWhere } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/domain/auth/roles";

/** Every business the viewer may read as its seller, with its overview and products; empty for a new seller. */
export const listSellerHomes = async (viewer: Viewer) =>
  Promise.all(
    businessesWhere(viewer, "business.read_own").map(async (businessId) => ({
      business: await findSellerBusiness(db, { businessId }),
      overview: await findBusinessOverview(db, businessId),
      products: await listSellerProducts(db, { businessId }),
    })),
  );
