import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { businesses, businessExposureDaily } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { RELEVANCE_BUCKET_WIDTH } from "@/lib/domain/exposure/rotate-equal-relevance";
import { defaultSearchTarget, productsIndex } from "@/lib/search/client";
import { ensureProductsIndex } from "@/lib/search/ensure-index";
import { drainSearchOutbox } from "@/lib/search/outbox-drain";
import { searchCatalog } from "@/lib/services/catalog/search-catalog";
import { exposureCounter } from "@/lib/services/exposure/exposure-counter";
import { anyCategoryId, createProduct, kabupatenId } from "./search-helpers";

jest.setTimeout(120_000);

// Twelve sellers list two equally relevant products each ("Keranjang Zqvx …"): one relevance bucket of 24 hits.
// Below it, products that match one query word only. Searched on 30 different days, the first page must reach
// every seller of the bucket, while no lower hit ever comes before a bucket hit.
const NOW = new Date("2026-06-01T02:00:00Z");
const SELLERS = 12;
const PER_PAGE = 6;
const DAYS = 30;
const day = (i: number) => new Date(NOW.getTime() + i * 24 * 60 * 60 * 1000);

let sellerIds: string[] = [];
let bucketIds = new Set<string>();

beforeAll(async () => {
  await seedDemoData(db, { now: NOW });
  await ensureProductsIndex(db);
  const categoryId = await anyCategoryId(db);
  const originRegionId = await kabupatenId(db);
  const verified = await db.select({ id: businesses.id }).from(businesses).where(eq(businesses.verificationStatus, "verified")).orderBy(businesses.nib).limit(SELLERS);
  sellerIds = verified.map((b) => b.id);
  const ids: string[] = [];
  for (const [i, businessId] of sellerIds.entries()) {
    for (const n of [1, 2]) ids.push(await createProduct(db, { businessId, categoryId, originRegionId, title: `Keranjang Zqvx Anyaman ${i * 2 + n}` }));
  }
  bucketIds = new Set(ids);
  await createProduct(db, { businessId: sellerIds[0]!, categoryId, originRegionId, title: "Zqvx Tanpa Kata Pertama" });
  await drainSearchOutbox(db, { batchSize: 100 });
});

describe("fair exposure on the real Meilisearch", () => {
  it("ranks the bucket equally (the premise) and the one-word matches clearly lower", async () => {
    const raw = await productsIndex(defaultSearchTarget()).search("keranjang zqvx", { limit: 40, showRankingScore: true, attributesToRetrieve: ["id"] });
    const scores = raw.hits.map((h) => ({ inBucket: bucketIds.has(h.id as string), score: h._rankingScore! }));
    const bucket = scores.filter((s) => s.inBucket).map((s) => s.score);
    const others = scores.filter((s) => !s.inBucket).map((s) => s.score);
    expect(bucket).toHaveLength(24);
    expect(Math.max(...bucket) - Math.min(...bucket)).toBeLessThan(RELEVANCE_BUCKET_WIDTH);
    // The step to a hit missing a query word is several bucket widths: the width cannot merge them.
    expect(Math.min(...bucket) - Math.max(...others)).toBeGreaterThan(2 * RELEVANCE_BUCKET_WIDTH);
  });

  it("without rotation the first page is the same products every day: at most six sellers ever on it", async () => {
    // Meilisearch breaks equal scores by its internal document order, which no day changes.
    const raw = await productsIndex(defaultSearchTarget()).search("keranjang zqvx", { limit: PER_PAGE, attributesToRetrieve: ["id"] });
    const again = await productsIndex(defaultSearchTarget()).search("keranjang zqvx", { limit: PER_PAGE, attributesToRetrieve: ["id"] });
    expect(again.hits.map((h) => h.id)).toEqual(raw.hits.map((h) => h.id));
  });

  it("spreads first-page impressions across all equally relevant sellers over many days, and counts them", async () => {
    await exposureCounter().flush();
    await db.delete(businessExposureDaily);
    const firstPage = new Map<string, number>();
    for (let d = 0; d < DAYS; d++) {
      const r = await searchCatalog(null, { q: "keranjang zqvx", perPage: PER_PAGE }, { now: day(d) });
      expect(r.degraded).toBe(false);
      // Relevance across buckets holds: the whole first page is from the top bucket.
      expect(r.hits.every((h) => bucketIds.has(h.id))).toBe(true);
      for (const h of r.hits) firstPage.set(h.business.id, (firstPage.get(h.business.id) ?? 0) + 1);
      // One seller never takes two places on the first page while others of the bucket wait.
      expect(new Set(r.hits.map((h) => h.business.id)).size).toBe(PER_PAGE);
    }
    // Without rotation the same six products (≤ 6 sellers) would hold page 1 on all 30 days.
    expect(new Set(firstPage.keys())).toEqual(new Set(sellerIds));
    const counts = [...firstPage.values()];
    // 30 days × 6 places / 12 sellers = 15 each on average; allow chance, refuse pooling.
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...counts)).toBeLessThanOrEqual(30);

    await exposureCounter().flush();
    const rows = await db.select().from(businessExposureDaily).where(inArray(businessExposureDaily.businessId, sellerIds));
    const stored = new Map<string, number>();
    for (const r of rows) stored.set(r.businessId, (stored.get(r.businessId) ?? 0) + r.impressions);
    expect(stored).toEqual(firstPage);
    // Aggregated per business per day: never more rows than businesses × days.
    expect(rows.length).toBeLessThanOrEqual(SELLERS * DAYS);
  });

  it("keeps paging stable within a day: pages never repeat or lose a hit, the bucket comes before the rest", async () => {
    for (const d of [0, 7]) {
      const pages = [];
      for (let page = 1; page <= 5; page++) pages.push(await searchCatalog(null, { q: "keranjang zqvx", perPage: PER_PAGE, page }, { now: day(d), log: false }));
      const ids = pages.flatMap((p) => p.hits.map((h) => h.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.slice(0, 24).every((id) => bucketIds.has(id))).toBe(true);
      expect([...bucketIds].every((id) => ids.includes(id))).toBe(true);
      // The same page asked again the same day is the same page.
      const again = await searchCatalog(null, { q: "keranjang zqvx", perPage: PER_PAGE, page: 2 }, { now: day(d), log: false });
      expect(again.hits.map((h) => h.id)).toEqual(pages[1]!.hits.map((h) => h.id));
    }
  });

  it("leaves an explicit sort alone", async () => {
    const a = await searchCatalog(null, { q: "keranjang zqvx", sort: "price:asc", perPage: 24 }, { now: day(0), log: false });
    const b = await searchCatalog(null, { q: "keranjang zqvx", sort: "price:asc", perPage: 24 }, { now: day(5), log: false });
    expect(a.hits.map((h) => h.id)).toEqual(b.hits.map((h) => h.id));
  });

  it("counts each hit shown once for its seller and day, and nothing for an unlogged search", async () => {
    await exposureCounter().flush();
    await db.delete(businessExposureDaily);
    await searchCatalog(null, { q: "keranjang zqvx", perPage: 4 }, { now: day(40), log: false });
    await exposureCounter().flush();
    expect(await db.select().from(businessExposureDaily)).toEqual([]);
    const r = await searchCatalog(null, { q: "keranjang zqvx", perPage: 4 }, { now: day(40) });
    await exposureCounter().flush();
    const rows = await db.select().from(businessExposureDaily).where(and(eq(businessExposureDaily.day, "2026-07-11")));
    expect(rows.reduce((a, x) => a + x.impressions, 0)).toBe(r.hits.length);
  });
});

