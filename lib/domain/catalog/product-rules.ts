/** At or below this many units the seller is warned to restock. */
export const LOW_STOCK_THRESHOLD = 5;
export const MAX_PRODUCT_PHOTOS = 5;

type RegionRef = { id: string; parentId: string | null };

/**
 * A product is local when its origin kabupaten/kota lies in the platform province (or is the province
 * itself). Computed from region data, never typed by the seller.
 */
export const isLocalOrigin = (origin: RegionRef, platformProvinceId: string) =>
  origin.id === platformProvinceId || origin.parentId === platformProvinceId;

export const isLowStock = (p: { stock: number; status: "draft" | "active" | "archived" }) =>
  p.status !== "archived" && p.stock <= LOW_STOCK_THRESHOLD;

/** Whole rupiah above zero. */
export const isValidPriceIdr = (value: number) => Number.isSafeInteger(value) && value > 0;
export const isValidStock = (value: number) => Number.isSafeInteger(value) && value >= 0;
export const isValidMinOrder = (value: number) => Number.isSafeInteger(value) && value >= 1;
export const isValidLeadTime = (value: number) => Number.isSafeInteger(value) && value >= 0 && value <= 365;
export const isValidTkdn = (value: number) => Number.isFinite(value) && value >= 0 && value <= 100;

/** Product lifecycle: archived products can be restored to draft; nothing else is forbidden. */
export type ProductStatus = "draft" | "active" | "archived";
export const canSetProductStatus = (from: ProductStatus, to: ProductStatus) => !(from === "archived" && to === "active");
