import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { businessExposureDaily, businesses, showcaseMembers } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { SEED_SHOWCASE_SLUG } from "@/db/seed/exposure";
import { rowsOf } from "@/db/queries/columns";
import { witaDate } from "@/lib/domain/time/wita";
import { getPublicProduct } from "@/lib/services/catalog/get-public-product";
import { ExposureCounter, exposureCounter } from "@/lib/services/exposure/exposure-counter";
import { getExposureShares } from "@/lib/services/exposure/get-exposure-shares";
import { getSellerFunnel, listListingQuality, listSellerDemand } from "@/lib/services/exposure/get-seller-exposure";
import { addToCart } from "@/lib/services/procurement/add-to-cart";
import { addShowcaseMember } from "@/lib/services/showcases/add-showcase-member";
import { createShowcase } from "@/lib/services/showcases/create-showcase";
import { publishShowcase } from "@/lib/services/showcases/publish-showcase";
import { getShowcase, getShowcaseLift, listShowcases } from "@/lib/services/showcases/read-showcases";
import { expectAppError, viewerOf } from "./procurement-helpers";

jest.setTimeout(120_000);

const NOW = new Date("2026-06-01T02:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  await seedDemoData(db, { now: NOW });
});


describe("seller funnel", () => {
  it("counts product views and cart adds through the buffer and orders from the order table", async () => {
    const seller = await viewerOf(db, "penjual@pasarumk.test");
    const businessId = seller.memberships.find((m) => m.businessId)!.businessId!;
    const [product] = rowsOf<{ id: string; min_order: number }>(await db.execute(sql`
      SELECT id, min_order FROM products WHERE business_id = ${businessId} AND status = 'active' ORDER BY id LIMIT 1`));
    await db.delete(businessExposureDaily).where(eq(businessExposureDaily.businessId, businessId));
    for (let i = 0; i < 3; i++) await getPublicProduct(product!.id, { countView: true, now: NOW });
    await getPublicProduct(product!.id, { now: NOW }); // an API read is not a view
    const buyer = await viewerOf(db, "pembeli@pasarumk.test");
    await addToCart(buyer, { productId: product!.id, quantity: product!.min_order });
    await addToCart(buyer, { productId: product!.id, quantity: product!.min_order });
    await exposureCounter().flush();

    // addToCart counts on the real clock's day; the views were counted on NOW's.
    const funnel = await getSellerFunnel(seller, businessId, { now: new Date() });
    const byStage = Object.fromEntries(funnel.steps.map((s) => [s.stage, s.count]));
    expect(byStage.cartAdds).toBe(2);
    const [{ n }] = rowsOf<{ n: number }>(await db.execute(sql`
      SELECT count(*)::int AS n FROM orders WHERE business_id = ${businessId} AND status NOT IN ('declined', 'cancelled')
        AND (placed_at AT TIME ZONE 'Asia/Makassar')::date BETWEEN ${funnel.fromDay}::date AND ${funnel.toDay}::date`)) as [{ n: number }];
    expect(byStage.orders).toBe(n);
    const onNow = await getSellerFunnel(seller, businessId, { now: NOW });
    expect(onNow.steps.find((s) => s.stage === "productViews")!.count).toBe(3);
    await expectAppError(getSellerFunnel(buyer, businessId), "forbidden");
  });

  it("gives listing quality and demand to the seller only", async () => {
    const seller = await viewerOf(db, "penjual@pasarumk.test");
    const businessId = seller.memberships.find((m) => m.businessId)!.businessId!;
    const quality = await listListingQuality(seller, businessId, { now: NOW });
    expect(quality.length).toBeGreaterThan(0);
    for (const q of quality) {
      expect(q.score).toBeGreaterThanOrEqual(0);
      expect(q.score).toBeLessThanOrEqual(100);
    }
    // A demo product has at most its one category illustration, fewer than the three angles asked for: each says so.
    expect(quality.every((q) => q.hints.includes("NO_PHOTOS") || q.hints.includes("FEW_PHOTOS"))).toBe(true);
    const demand = await listSellerDemand(seller, businessId, { now: NOW });
    expect(demand.length).toBeGreaterThan(0);
    expect(demand.every((d) => d.maxResults <= 3)).toBe(true);
    await expectAppError(listListingQuality(await viewerOf(db, "pembeli@pasarumk.test"), businessId), "forbidden");
  });
});

describe("exposure counter", () => {
  it("writes everything on close (clean shutdown) and keeps a failed batch for the next flush", async () => {
    const seller = await viewerOf(db, "penjual@pasarumk.test");
    const businessId = seller.memberships.find((m) => m.businessId)!.businessId!;
    const day = new Date("2027-01-05T03:00:00Z");
    let failing = true;
    const broken = { execute: () => Promise.reject(new Error("database down")) } as unknown as typeof db;
    const counter = new ExposureCounter({ db: () => (failing ? broken : db), flushMs: 60_000 });
    counter.count("impressions", [businessId, businessId], day);
    counter.count("productViews", [businessId], day);
    const logged = jest.spyOn(console, "error").mockImplementation(() => {});
    await counter.flush(); // fails: kept, and said so
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("kept for the next flush"), "database down");
    logged.mockRestore();
    failing = false;
    counter.count("impressions", [businessId], day);
    await counter.close(); // the timer would only fire in a minute: close writes now
    const [row] = await db.select().from(businessExposureDaily).where(sql`${businessExposureDaily.businessId} = ${businessId} AND ${businessExposureDaily.day} = '2027-01-05'`);
    expect(row).toMatchObject({ impressions: 3, productViews: 1, cartAdds: 0 });
  });
});

describe("impression shares (/transparansi)", () => {
  it("adds up to the counters and to one", async () => {
    const shares = await getExposureShares({ now: NOW });
    const [{ total }] = rowsOf<{ total: number }>(await db.execute(sql`
      SELECT coalesce(sum(impressions), 0)::int AS total FROM business_exposure_daily
       WHERE day BETWEEN ${shares.fromDay}::date AND ${shares.toDay}::date`)) as [{ total: number }];
    expect(shares.total).toBe(total);
    expect(total).toBeGreaterThan(0);
    expect(shares.byKabupaten.reduce((a, r) => a + r.share, 0)).toBeCloseTo(1, 6);
    expect(shares.byScale.map((r) => r.name).sort()).toEqual(["besar", "kecil", "menengah", "mikro"]);
    expect(shares.byScale.reduce((a, r) => a + r.impressions, 0)).toBe(total);
  });
});

/** The lift recomputed here in SQL, independently of lib/domain/exposure/showcase-lift.ts. */
const liftInSql = async (businessId: string, featuredAt: Date) => {
  const f = featuredAt.toISOString();
  const [row] = rowsOf<Record<string, number>>(await db.execute(sql`
    WITH o AS (SELECT opd_id, placed_at FROM orders WHERE business_id = ${businessId} AND status NOT IN ('declined', 'cancelled')),
         firsts AS (SELECT opd_id, min(placed_at) AS first_at FROM o GROUP BY opd_id)
    SELECT
      (SELECT count(*) FROM o WHERE placed_at >= ${f}::timestamptz - interval '30 days' AND placed_at < ${f}::timestamptz)::int AS before_orders,
      (SELECT count(*) FROM firsts WHERE first_at >= ${f}::timestamptz - interval '30 days' AND first_at < ${f}::timestamptz)::int AS before_new,
      (SELECT count(*) FROM o WHERE placed_at >= ${f}::timestamptz AND placed_at < ${f}::timestamptz + interval '14 days')::int AS after14_orders,
      (SELECT count(*) FROM firsts WHERE first_at >= ${f}::timestamptz AND first_at < ${f}::timestamptz + interval '14 days')::int AS after14_new,
      (SELECT count(*) FROM o WHERE placed_at >= ${f}::timestamptz AND placed_at < ${f}::timestamptz + interval '30 days')::int AS after30_orders,
      (SELECT count(*) FROM firsts WHERE first_at >= ${f}::timestamptz AND first_at < ${f}::timestamptz + interval '30 days')::int AS after30_new`));
  return row!;
};

describe("Etalase", () => {
  it("measures the lift of featuring exactly as the order table says", async () => {
    const admin = await viewerOf(db, "admin@pasarumk.test");
    const regionId = admin.memberships[0]!.regionId;
    // The sellers with the most seeded orders, each featured at the time of its middle order.
    const busiest = rowsOf<{ business_id: string; mid: Date | string }>(await db.execute(sql`
      SELECT business_id, (array_agg(placed_at ORDER BY placed_at))[greatest(1, count(*)::int / 2)] AS mid
        FROM orders o JOIN businesses b ON b.id = o.business_id
       WHERE o.status NOT IN ('declined', 'cancelled') AND b.verification_status = 'verified'
       GROUP BY business_id ORDER BY count(*) DESC, business_id LIMIT 4`));
    expect(busiest.length).toBeGreaterThan(1);
    const publishedAt = new Date(Math.min(...busiest.map((b) => new Date(b.mid).getTime())) - DAY);
    await createShowcase(admin, regionId, { slug: "uji-lift", title: "Uji lift", theme: "Uji", rubric: "Rubrik uji: yang paling banyak dipesan.", rotationDays: 7, spotlightSize: 2 });
    await publishShowcase(admin, "uji-lift", publishedAt);
    for (const b of busiest) await addShowcaseMember(admin, "uji-lift", { businessId: b.business_id }, new Date(b.mid));

    const lift = await getShowcaseLift(admin, "uji-lift", { now: NOW });
    expect(lift.members).toHaveLength(busiest.length);
    let sawOrders = false;
    for (const m of lift.members) {
      const expected = await liftInSql(m.businessId, new Date(m.featuredAt));
      expect({ id: m.businessId, before: [m.before30.orders, m.before30.newOpdBuyers], a14: [m.after14.orders, m.after14.newOpdBuyers], a30: [m.after30.orders, m.after30.newOpdBuyers] }).toEqual({
        id: m.businessId,
        before: [expected.before_orders, expected.before_new],
        a14: [expected.after14_orders, expected.after14_new],
        a30: [expected.after30_orders, expected.after30_new],
      });
      sawOrders ||= m.before30.orders + m.after30.orders > 0;
    }
    expect(sawOrders).toBe(true);
    await expectAppError(getShowcaseLift(await viewerOf(db, "auditor@pasarumk.test"), "uji-lift"), "forbidden");
  });

  it("refuses what may not be featured and keeps drafts private", async () => {
    const admin = await viewerOf(db, "admin@pasarumk.test");
    const regionId = admin.memberships[0]!.regionId;
    await createShowcase(admin, regionId, { slug: "uji-draf", title: "Uji draf", theme: "Uji", rubric: "Rubrik uji untuk etalase draf.", rotationDays: 7, spotlightSize: 2 });
    await expectAppError(createShowcase(admin, regionId, { slug: "uji-draf", title: "Lagi", theme: "Uji", rubric: "Rubrik uji untuk etalase draf.", rotationDays: 7, spotlightSize: 2 }), "conflict");
    const [pending] = await db.select({ id: businesses.id }).from(businesses).where(eq(businesses.verificationStatus, "pending")).limit(1);
    await expectAppError(addShowcaseMember(admin, "uji-draf", { businessId: pending!.id }), "unprocessable");
    await expectAppError(getShowcase(null, "uji-draf"), "not_found");
    expect((await getShowcase(admin, "uji-draf")).status).toBe("draft");
    await expectAppError(createShowcase(await viewerOf(db, "penjual@pasarumk.test"), regionId, { slug: "uji-penjual", title: "Uji", theme: "Uji", rubric: "Rubrik uji dari penjual.", rotationDays: 7, spotlightSize: 2 }), "forbidden");
  });

  it("publishes the seeded Etalase with a rotating spotlight", async () => {
    const seeded = await getShowcase(null, SEED_SHOWCASE_SLUG, { now: NOW });
    expect(seeded.members.length).toBeGreaterThanOrEqual(3);
    expect(seeded.spotlight).toHaveLength(seeded.spotlightSize);
    const later = await getShowcase(null, SEED_SHOWCASE_SLUG, { now: new Date(NOW.getTime() + seeded.rotationDays * DAY) });
    expect(later.spotlight.map((m) => m.businessId)).not.toEqual(seeded.spotlight.map((m) => m.businessId));
    expect((await listShowcases({ now: NOW })).map((s) => s.slug)).toContain(SEED_SHOWCASE_SLUG);
    const members = await db.select().from(showcaseMembers);
    expect(members.every((m) => m.featuredAt.getTime() <= NOW.getTime())).toBe(true);
    expect(witaDate(new Date(seeded.publishedAt!))).toBe(witaDate(new Date(NOW.getTime() - 20 * DAY)));
  });
});
