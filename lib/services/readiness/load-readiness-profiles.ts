import "server-only";
import type { DbOrTx } from "@/db/client";
import { listBusinessCertifications } from "@/db/queries/certifications";
import {
  listActivePricesByCategory, listReadinessBusinesses, listReadinessOrderFacts, listReadinessProducts, listReadinessRatings,
  listUnmetDemandCounts, type ReadinessBusinessRow,
} from "@/db/queries/readiness-facts";
import { medianPriceIdr } from "@/lib/domain/catalog/listing-quality";
import { LOW_RESULT_MAX } from "@/lib/domain/catalog/opportunity-rules";
import { readinessGaps, READINESS, type GapCode, type ReadinessProfile } from "@/lib/domain/readiness/gaps";
import { DAY_MS, witaMidnight } from "@/lib/domain/time/wita";

const byBusiness = <T extends { businessId: string }>(rows: readonly T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.businessId);
    if (list) list.push(row);
    else map.set(row.businessId, [row]);
  }
  return map;
};

export type ReadinessEntry = Omit<ReadinessBusinessRow, "provinceId"> & {
  /** Every category it has an active listing in (the main one first). */
  categoryIds: string[];
  profile: ReadinessProfile;
  gaps: GapCode[];
};

/**
 * The readiness profile of each UMK (by ids and/or kabupaten; rejected businesses and non-UMK are left out),
 * computed only from what the platform recorded, never typed in: verification, certificates (verified when
 * the business is), active listings with their photos, deliveries against lead time, BAST quantities, ratings,
 * the last order and unmet demand in its categories and region, as of the WITA day `today`.
 * Seven queries whatever the number of businesses. No authorization here: the calling service decides who may
 * see which profiles, so this loader must never be exposed on its own.
 */
export const loadReadinessProfiles = async (
  db: DbOrTx,
  params: { businessIds?: readonly string[]; kabupatenId?: string; today: string },
): Promise<ReadinessEntry[]> => {
  if (params.businessIds && params.businessIds.length === 0) return [];
  const businesses = await listReadinessBusinesses(db, params);
  const ids = businesses.map((b) => b.businessId);
  if (ids.length === 0) return [];
  const since = new Date(witaMidnight(params.today).getTime() - READINESS.idleDays * DAY_MS);
  const [certificates, products, orderFacts, ratings, unmet] = await Promise.all([
    listBusinessCertifications(db, ids),
    listReadinessProducts(db, ids),
    listReadinessOrderFacts(db, ids),
    listReadinessRatings(db, ids),
    listUnmetDemandCounts(db, { businessIds: ids, since, lowResultMax: LOW_RESULT_MAX }),
  ]);
  const prices = await listActivePricesByCategory(db, [...new Set(products.map((p) => p.categoryId))]);
  const medians = new Map([...prices].map(([categoryId, list]) => [categoryId, medianPriceIdr(list)]));
  const facts = new Map(orderFacts.map((f) => [f.businessId, f]));
  const productsOf = byBusiness(products);
  const certificatesOf = byBusiness(certificates);

  return businesses.map(({ provinceId: _province, ...b }) => {
    const own = productsOf.get(b.businessId) ?? [];
    const order = facts.get(b.businessId);
    const profile: ReadinessProfile = {
      verified: b.verificationStatus === "verified",
      kbli: b.kbli,
      // A certificate is checked together with the business that declared it, so it counts as verified once the business is.
      certificates: (certificatesOf.get(b.businessId) ?? []).map((c) => ({ kind: c.kind, verified: b.verificationStatus === "verified", expiresOn: c.expiresOn })),
      products: own.map((p) => ({
        photos: p.photos.map((ph) => ({ widthPx: ph.width, heightPx: ph.height })),
        description: p.description,
        unit: p.unit,
        priceIdr: p.priceIdr,
        isFoodCategory: p.isFood,
        categoryMedianPriceIdr: medians.get(p.categoryId) ?? null,
      })),
      deliveries: { total: order?.deliveries ?? 0, late: order?.lateDeliveries ?? 0 },
      bast: { orderedQty: order?.orderedQty ?? 0, receivedQty: order?.receivedQty ?? 0 },
      ratings: ratings.get(b.businessId) ?? [],
      lastOrderOn: order?.lastOrderOn ?? null,
      unmetDemandCount: unmet.get(b.businessId) ?? 0,
    };
    const categoryIds = [...new Set([...(b.categoryId ? [b.categoryId] : []), ...own.map((p) => p.categoryId)])];
    return { ...b, categoryIds, profile, gaps: readinessGaps(profile, params.today) };
  });
};
