import type { ProductForIndex } from "@/db/queries/search-index";
import type { BusinessScale } from "@/lib/domain/business/scale";
import { witaDate } from "@/lib/domain/time/wita";

/** What the `products` index holds: one public product, denormalized with its seller. */
export type ProductDocument = {
  id: string;
  title: string;
  description: string;
  priceIdr: number;
  unit: string;
  stock: number;
  inStock: boolean;
  /** Category name in Bahasa Indonesia: the facet key and the `category` filter value. */
  category: string;
  categorySlug: string;
  /** Origin kabupaten/kota name (e.g. "Lombok Tengah"): the facet key and the `kabupaten` filter value. */
  kabupaten: string;
  isLocal: boolean;
  tkdnPercent: number | null;
  thumbnailKey: string | null;
  certifications: string[];
  rating: number;
  /** Seconds since epoch, for the `newest` sort. */
  createdAt: number;
  business: { id: string; name: string; scale: BusinessScale; isUmk: boolean; kabupaten: string };
  /** Flattened copies of the seller fields, because Meilisearch filters and facets need them top level. */
  businessId: string;
  scale: BusinessScale;
  isUmk: boolean;
};

// The loaded row is defined where it is loaded (db/ never imports lib/); this file turns it into a document.
export type { ProductForIndex } from "@/db/queries/search-index";

/** Only active products of verified businesses are public; everything else must be absent from search. */
export const isPubliclyListed = (p: Pick<ProductForIndex, "status" | "business">) =>
  p.status === "active" && p.business.verificationStatus === "verified";

/** Pure: the index document for a public product. `today` (YYYY-MM-DD) drops expired certifications. */
export const toSearchDocument = (p: ProductForIndex, today: string): ProductDocument => ({
  id: p.id,
  title: p.title,
  description: p.description,
  priceIdr: p.priceIdr,
  unit: p.unit,
  stock: p.stock,
  inStock: p.stock > 0,
  category: p.categoryName,
  categorySlug: p.categorySlug,
  kabupaten: p.originName,
  isLocal: p.isLocal,
  tkdnPercent: p.tkdnPercent,
  thumbnailKey: p.photos[0]?.thumbnailKey ?? null,
  certifications: [
    ...new Set(p.business.certifications.filter((c) => c.expiresOn === null || c.expiresOn >= today).map((c) => c.kind)),
  ].sort(),
  rating: p.business.ratingAvg ?? 0,
  createdAt: Math.floor(p.createdAt.getTime() / 1000),
  business: {
    id: p.business.id,
    name: p.business.name,
    scale: p.business.scale,
    isUmk: p.business.isUmk,
    kabupaten: p.business.kabupaten,
  },
  businessId: p.business.id,
  scale: p.business.scale,
  isUmk: p.business.isUmk,
});

/** The calendar day (YYYY-MM-DD) in WITA that certification expiry is judged against when indexing. */
export const indexDate = (now: Date): string => witaDate(now);
