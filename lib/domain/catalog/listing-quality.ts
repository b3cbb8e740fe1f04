/**
 * Listing quality: a 0–100 score per product and concrete hints the seller can act on. Pure: the caller passes
 * the photos' pixel sizes, whether the category is food, whether the seller holds a valid food permit, and the
 * median price of active products in the same category (null when the category has too few to compare).
 */

export const LISTING_QUALITY = {
  /** Buyers compare from several angles; three photos cover front, detail and packaging. */
  goodPhotoCount: 3,
  /** The shorter side of a photo below this looks blurry on a product page. */
  minPhotoSidePx: 800,
  /** Below this a description rarely says material, size and use. */
  minDescriptionChars: 120,
  /** A price outside [median / factor, median × factor] is worth a second look. */
  priceOutlierFactor: 2,
} as const;

/** Points per criterion; they add up to 100. */
const WEIGHTS = { photos: 30, photoSize: 15, description: 20, unit: 10, foodPermit: 15, price: 10 } as const;

export type ListingHintCode =
  | "NO_PHOTOS"
  | "FEW_PHOTOS"
  | "SMALL_PHOTOS"
  | "SHORT_DESCRIPTION"
  | "NO_UNIT"
  | "FOOD_PERMIT_MISSING"
  | "PRICE_FAR_ABOVE_MEDIAN"
  | "PRICE_FAR_BELOW_MEDIAN";

export const LISTING_HINT_NAMES: Record<ListingHintCode, { id: string; en: string }> = {
  NO_PHOTOS: { id: "Tambahkan foto produk", en: "Add product photos" },
  FEW_PHOTOS: { id: `Tambahkan foto hingga ${LISTING_QUALITY.goodPhotoCount} sudut`, en: `Add photos up to ${LISTING_QUALITY.goodPhotoCount} angles` },
  SMALL_PHOTOS: {
    id: `Unggah foto minimal ${LISTING_QUALITY.minPhotoSidePx} piksel di sisi terpendek`,
    en: `Upload photos at least ${LISTING_QUALITY.minPhotoSidePx} pixels on the shorter side`,
  },
  SHORT_DESCRIPTION: {
    id: `Perpanjang deskripsi (minimal ${LISTING_QUALITY.minDescriptionChars} karakter: bahan, ukuran, kegunaan)`,
    en: `Lengthen the description (at least ${LISTING_QUALITY.minDescriptionChars} characters: material, size, use)`,
  },
  NO_UNIT: { id: "Isi satuan jual (mis. pcs, kg, paket)", en: "Fill in the selling unit (e.g. pcs, kg, pack)" },
  FOOD_PERMIT_MISSING: { id: "Lengkapi izin pangan (PIRT atau BPOM) yang berlaku", en: "Add a valid food permit (PIRT or BPOM)" },
  PRICE_FAR_ABOVE_MEDIAN: { id: "Harga jauh di atas median kategori; periksa kembali", en: "Price far above the category median; check it" },
  PRICE_FAR_BELOW_MEDIAN: { id: "Harga jauh di bawah median kategori; periksa kembali", en: "Price far below the category median; check it" },
};

export type ListingQualityInput = {
  photos: ReadonlyArray<{ widthPx: number; heightPx: number }>;
  description: string;
  unit: string;
  priceIdr: number;
  isFoodCategory: boolean;
  /** Only read for food categories. */
  hasValidFoodPermit: boolean;
  categoryMedianPriceIdr: number | null;
};

export type ListingQuality = { score: number; hints: ListingHintCode[] };

export const listingQuality = (input: ListingQualityInput): ListingQuality => {
  const hints: ListingHintCode[] = [];
  let score = 0;
  const q = LISTING_QUALITY;

  const count = input.photos.length;
  if (count === 0) hints.push("NO_PHOTOS");
  else if (count < q.goodPhotoCount) hints.push("FEW_PHOTOS");
  score += WEIGHTS.photos * Math.min(count, q.goodPhotoCount) / q.goodPhotoCount;

  const sharp = input.photos.filter((p) => Math.min(p.widthPx, p.heightPx) >= q.minPhotoSidePx).length;
  if (count > 0 && sharp < count) hints.push("SMALL_PHOTOS");
  if (count > 0) score += WEIGHTS.photoSize * sharp / count;

  const descriptionChars = input.description.trim().length;
  if (descriptionChars < q.minDescriptionChars) hints.push("SHORT_DESCRIPTION");
  score += WEIGHTS.description * Math.min(descriptionChars, q.minDescriptionChars) / q.minDescriptionChars;

  if (input.unit.trim() === "") hints.push("NO_UNIT");
  else score += WEIGHTS.unit;

  // A non-food product cannot miss a food permit, so it gets the points.
  if (input.isFoodCategory && !input.hasValidFoodPermit) hints.push("FOOD_PERMIT_MISSING");
  else score += WEIGHTS.foodPermit;

  const median = input.categoryMedianPriceIdr;
  if (median !== null && median > 0 && input.priceIdr > median * q.priceOutlierFactor) hints.push("PRICE_FAR_ABOVE_MEDIAN");
  else if (median !== null && median > 0 && input.priceIdr * q.priceOutlierFactor < median) hints.push("PRICE_FAR_BELOW_MEDIAN");
  else score += WEIGHTS.price;

  return { score: Math.round(score), hints };
};

/** Median of a category's prices (whole rupiah, rounded down); null when there are fewer than `minCount`. */
export const medianPriceIdr = (prices: ReadonlyArray<number>, minCount = 3): number | null => {
  if (prices.length < minCount) return null;
  const sorted = [...prices].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.floor((sorted[mid - 1]! + sorted[mid]!) / 2);
};
