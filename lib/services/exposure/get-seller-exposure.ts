import "server-only";
import { db as defaultDb, type DbOrTx } from "@/db/client";
import { sumBusinessFunnel } from "@/db/queries/exposure-counters";
import { hasValidFoodPermit, listListingSignals } from "@/db/queries/listing-quality";
import { listDemandForSeller, type SellerDemandRow } from "@/db/queries/search-queries";

export type { SellerDemandRow };
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { LOW_RESULT_MAX } from "@/lib/domain/catalog/opportunity-rules";
import { listingQuality, medianPriceIdr, type ListingQuality } from "@/lib/domain/catalog/listing-quality";
import { funnelSteps, windowStart, type FunnelStep } from "@/lib/domain/exposure/funnel";
import { witaDate } from "@/lib/domain/time/wita";

type Options = { db?: DbOrTx; now?: Date };

/** How far back the seller's funnel and the demand they could serve look. */
export const SELLER_WINDOW_DAYS = 30;

export type SellerFunnel = { fromDay: string; toDay: string; steps: FunnelStep[] };

/** The seller's funnel over the last 30 WITA days: impressions → product views → cart adds → orders. */
export const getSellerFunnel = async (viewer: Viewer | null, businessId: string, options: Options = {}): Promise<SellerFunnel> => {
  authorize(viewer, "business.read_own", { businessId });
  const toDay = witaDate(options.now ?? new Date());
  const fromDay = windowStart(toDay, SELLER_WINDOW_DAYS);
  const totals = await sumBusinessFunnel(options.db ?? defaultDb, { businessId, fromDay, toDay });
  return { fromDay, toDay, steps: funnelSteps(totals) };
};

export type ProductListingQuality = ListingQuality & { productId: string; title: string };

/** Listing quality (score and hints) for each of the seller's non-archived products. */
export const listListingQuality = async (viewer: Viewer | null, businessId: string, options: Options = {}): Promise<ProductListingQuality[]> => {
  authorize(viewer, "business.read_own", { businessId });
  const db = options.db ?? defaultDb;
  const today = witaDate(options.now ?? new Date());
  const [rows, foodPermit] = await Promise.all([listListingSignals(db, { businessId }), hasValidFoodPermit(db, { businessId, today })]);
  return rows.map((r) => ({
    productId: r.id,
    title: r.title,
    ...listingQuality({
      photos: r.photos.map((p) => ({ widthPx: p.width, heightPx: p.height })),
      description: r.description,
      unit: r.unit,
      priceIdr: r.priceIdr,
      isFoodCategory: r.isFood,
      hasValidFoodPermit: foodPermit,
      categoryMedianPriceIdr: medianPriceIdr(r.categoryPrices),
    }),
  }));
};

/** "What buyers searched that you could list": low-result searches in the seller's categories and area. */
export const listSellerDemand = async (viewer: Viewer | null, businessId: string, options: Options = {}) => {
  authorize(viewer, "business.read_own", { businessId });
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - SELLER_WINDOW_DAYS * 24 * 60 * 60 * 1000);
  return listDemandForSeller(options.db ?? defaultDb, { businessId, since, lowResultMax: LOW_RESULT_MAX, limit: 10 });
};
