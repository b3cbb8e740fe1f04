import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import type { ProductStatus } from "./product-rules";

export type ProductActions = {
  /** The product form: everything but an archived product, which must be restored (to draft) first. */
  edit: boolean;
  archive: boolean;
  restore: boolean;
};

/** What the seller may do with their product now; update-product checks the same lifecycle again. */
export const productActions = (viewer: Viewer | null, product: { businessId: string; status: ProductStatus }): ProductActions => {
  const mayWrite = can(viewer, "product.write", { businessId: product.businessId });
  const isArchived = product.status === "archived";
  return { edit: mayWrite && !isArchived, archive: mayWrite && !isArchived, restore: mayWrite && isArchived };
};
