import "server-only";
import type { DbOrTx } from "@/db/client";
import { findBusinessProvince } from "@/db/queries/businesses";
import { findCategory } from "@/db/queries/categories";
import { findRegionWithParent } from "@/db/queries/regions";
import type { Viewer } from "@/lib/domain/auth/roles";
import { can } from "@/lib/domain/auth/can";
import { isLocalOrigin } from "@/lib/domain/catalog/product-rules";
import { AppError, fieldError } from "@/lib/errors";
import { VALIDATION_MESSAGES } from "@/lib/validation/messages";
import { businessesWhere } from "@/lib/auth/scopes";

// What every product write checks first: whose business, which category, where the product comes from.

/** The business a seller writes for: the one asked for, or their only one; 403 when it is not theirs. */
export const sellerBusinessId = (viewer: Viewer, requested?: string) => {
  const own = businessesWhere(viewer, "product.write");
  if (requested) return requested;
  if (own.length === 1) return own[0]!;
  if (own.length === 0) throw new AppError("forbidden", { id: "Anda belum memiliki usaha terdaftar.", en: "You have no registered business." });
  throw new AppError("bad_request", { id: "Pilih usaha (businessId).", en: "Choose a business (businessId)." });
};

export const canWriteProducts = (viewer: Viewer, businessId: string) => can(viewer, "product.write", { businessId });

/** `is_local` from the origin's place in the region tree: computed here, never taken from the client. */
export const resolveOrigin = async (tx: DbOrTx, businessId: string, originRegionId: string) => {
  const [origin, business] = await Promise.all([findRegionWithParent(tx, originRegionId), findBusinessProvince(tx, businessId)]);
  if (!origin || origin.kind === "provinsi" || !business) throw fieldError("originRegionId", VALIDATION_MESSAGES.origin);
  return { isLocal: isLocalOrigin(origin, business.provinceId) };
};

export const assertCategory = async (tx: DbOrTx, categoryId: string) => {
  if (!(await findCategory(tx, categoryId))) throw fieldError("categoryId", VALIDATION_MESSAGES.category);
};
