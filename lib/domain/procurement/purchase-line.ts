import type { PurchaseLine, SellerSnapshot } from "@/lib/domain/compliance/types";

/** A product as the buyer's cart reads it, with its seller's facts at this moment (what a line snapshots). */
export type ProductForPurchaseFacts = Omit<SellerSnapshot, "name" | "verifiedAt"> & {
  id: string;
  title: string;
  categorySlug: string;
  isFood: boolean;
  priceIdr: number;
  businessName: string;
  verifiedAt: Date | null;
};

/** The seller as it stands now: what a request line freezes, so shares are later computed from the snapshot. */
export const sellerSnapshotOf = (p: ProductForPurchaseFacts): SellerSnapshot => ({
  businessId: p.businessId,
  nib: p.nib,
  name: p.businessName,
  scale: p.scale,
  isUmk: p.isUmk,
  verificationStatus: p.verificationStatus,
  verifiedAt: p.verifiedAt ? p.verifiedAt.toISOString() : null,
  kabupaten: p.kabupaten,
  provinceRegionId: p.provinceRegionId,
  certifications: p.certifications,
});

/** One cart line as the compliance engine takes it; the price is the product's now unless a snapshot is given. */
export const purchaseLineOf = (p: ProductForPurchaseFacts, quantity: number, unitPriceIdr = p.priceIdr): PurchaseLine => ({
  productId: p.id,
  title: p.title,
  categorySlug: p.categorySlug,
  isFood: p.isFood,
  quantity,
  unitPriceIdr,
  seller: sellerSnapshotOf(p),
});
