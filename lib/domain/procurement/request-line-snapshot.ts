import type { PurchaseLine } from "@/lib/domain/compliance/types";

/**
 * The stored form of a requested line: what was bought, at what price, and the seller exactly as it stood
 * at submission. Shares and audits are computed from these columns, never from the live business row.
 */
export const requestLineSnapshot = (line: PurchaseLine, isLocal: boolean) => ({
  productId: line.productId,
  title: line.title,
  categorySlug: line.categorySlug,
  isFood: line.isFood,
  quantity: line.quantity,
  unitPriceIdr: line.unitPriceIdr,
  businessId: line.seller.businessId,
  sellerNib: line.seller.nib,
  sellerName: line.seller.name,
  sellerScale: line.seller.scale,
  sellerIsUmk: line.seller.isUmk,
  sellerKabupaten: line.seller.kabupaten,
  sellerProvinceRegionId: line.seller.provinceRegionId,
  sellerVerifiedAt: line.seller.verifiedAt ? new Date(line.seller.verifiedAt) : null,
  isLocal,
});
