import "server-only";
import { db } from "@/db/client";
import { findProductOwner, findSellerProduct } from "@/db/queries/products";
import type { Viewer } from "@/lib/domain/auth/roles";
import { canWriteProducts } from "@/lib/services/products/product-access";

/** The product for its seller's edit form; null when it is missing or not theirs, which must look the same. */
export const getProductForEdit = async (viewer: Viewer, productId: string) => {
  if (!/^[0-9a-f-]{36}$/i.test(productId)) return null;
  const owner = await findProductOwner(db, productId);
  if (!owner || !canWriteProducts(viewer, owner.businessId)) return null;
  return (await findSellerProduct(db, { productId, businessId: owner.businessId })) ?? null;
};
