import { isCertificationValid, isFoodKbli } from "@/lib/domain/business/certification";
import { listingQuality, type ListingQualityInput } from "@/lib/domain/catalog/listing-quality";

/** Thresholds of the readiness profile; named so the gap board and the tests read the same numbers. */
export const READINESS = {
  certificateExpiringDays: 60,
  lowListingScore: 60,
  lateDeliveryShare: 0.2,
  bastShortfallShare: 0.1,
  lowRating: 3.5,
  minRatingsToJudge: 3,
  idleDays: 90,
} as const;

export const GAP_CODES = [
  "BUSINESS_NOT_VERIFIED",
  "FOOD_PERMIT_MISSING",
  "CERTIFICATE_EXPIRING",
  "PRODUCT_WITHOUT_PHOTO",
  "LOW_LISTING_QUALITY",
  "LATE_DELIVERIES",
  "BAST_SHORTFALL",
  "LOW_RATING",
  "NO_RECENT_ORDER",
  "UNMET_DEMAND",
] as const;
export type GapCode = (typeof GAP_CODES)[number];

export const GAP_NAMES: Record<GapCode, { id: string; en: string }> = {
  BUSINESS_NOT_VERIFIED: { id: "Usaha belum terverifikasi", en: "Business not verified" },
  FOOD_PERMIT_MISSING: { id: "Usaha pangan tanpa PIRT atau sertifikat halal", en: "Food business without PIRT or halal" },
  CERTIFICATE_EXPIRING: { id: "Sertifikat segera kedaluwarsa", en: "Certificate expiring soon" },
  PRODUCT_WITHOUT_PHOTO: { id: "Produk tanpa foto", en: "Products without photos" },
  LOW_LISTING_QUALITY: { id: "Kualitas tampilan produk rendah", en: "Low listing quality" },
  LATE_DELIVERIES: { id: "Pengiriman sering terlambat", en: "Late deliveries" },
  BAST_SHORTFALL: { id: "BAST kurang dari pesanan", en: "BAST shortfalls" },
  LOW_RATING: { id: "Penilaian rendah", en: "Low rating" },
  NO_RECENT_ORDER: { id: "Tidak ada pesanan dalam 90 hari", en: "No order in 90 days" },
  UNMET_DEMAND: { id: "Ada permintaan OPD yang belum terpenuhi di kategori dan kabupatennya", en: "Unmet demand in its category and kabupaten" },
};

/** What the platform knows of one UMK, gathered by the service; dates are YYYY-MM-DD (WITA calendar days). */
export type ReadinessProfile = {
  verified: boolean;
  kbli: string;
  certificates: ReadonlyArray<{ kind: "halal" | "pirt" | "bpom" | "sni"; verified: boolean; expiresOn: string | null }>;
  products: ReadonlyArray<Omit<ListingQualityInput, "isFoodCategory" | "hasValidFoodPermit"> & { isFoodCategory: boolean }>;
  deliveries: { total: number; late: number };
  /** Quantities ordered against quantities received on BASTs, over completed orders. */
  bast: { orderedQty: number; receivedQty: number };
  ratings: ReadonlyArray<number>;
  lastOrderOn: string | null;
  /** Searches or requests in its category and kabupaten that found no seller (from the demand signal). */
  unmetDemandCount: number;
};

const addDays = (day: string, days: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Pure: the gaps of a profile on `today`, in the fixed order of GAP_CODES (so boards and batches sort alike). */
export const readinessGaps = (p: ReadinessProfile, today: string): GapCode[] => {
  const valid = p.certificates.filter((c) => c.verified && isCertificationValid(c, today));
  const hasValidFoodPermit = valid.some((c) => c.kind === "pirt" || c.kind === "bpom");
  const gaps = new Set<GapCode>();
  if (!p.verified) gaps.add("BUSINESS_NOT_VERIFIED");
  if (isFoodKbli(p.kbli) && !valid.some((c) => c.kind === "pirt" || c.kind === "halal")) gaps.add("FOOD_PERMIT_MISSING");
  const horizon = addDays(today, READINESS.certificateExpiringDays);
  if (valid.some((c) => c.expiresOn !== null && c.expiresOn <= horizon)) gaps.add("CERTIFICATE_EXPIRING");
  if (p.products.some((x) => x.photos.length === 0)) gaps.add("PRODUCT_WITHOUT_PHOTO");
  if (p.products.some((x) => listingQuality({ ...x, hasValidFoodPermit }).score < READINESS.lowListingScore)) gaps.add("LOW_LISTING_QUALITY");
  if (p.deliveries.total > 0 && p.deliveries.late / p.deliveries.total > READINESS.lateDeliveryShare) gaps.add("LATE_DELIVERIES");
  if (p.bast.orderedQty > 0 && (p.bast.orderedQty - p.bast.receivedQty) / p.bast.orderedQty > READINESS.bastShortfallShare) gaps.add("BAST_SHORTFALL");
  if (p.ratings.length >= READINESS.minRatingsToJudge && p.ratings.reduce((a, b) => a + b, 0) / p.ratings.length < READINESS.lowRating) gaps.add("LOW_RATING");
  if (p.lastOrderOn === null || p.lastOrderOn < addDays(today, -READINESS.idleDays)) gaps.add("NO_RECENT_ORDER");
  if (p.unmetDemandCount > 0) gaps.add("UNMET_DEMAND");
  return GAP_CODES.filter((c) => gaps.has(c));
};
