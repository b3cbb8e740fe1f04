import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { db } from "@/db/client";
import * as schema from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { witaNoon } from "@/lib/domain/time/wita";
import { loadReadinessProfiles } from "@/lib/services/readiness/load-readiness-profiles";
import {
  fixtureBusiness, fixtureCategory, fixtureCertificate, fixtureOrder, fixtureProduct, fixtureRating, fixtureSearch, regionIdByName,
} from "./readiness-helpers";

// Profiles are recomputed from fixtures whose gaps are known by construction: each business below was built
// to have exactly the gaps listed beside it on TODAY, and nothing else.

const TODAY = "2026-11-20";
const day = (offset: number) => {
  const d = new Date(`${TODAY}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};
const at = (offset: number) => witaNoon(day(offset));

let lombokTengah: string;
let sumbawa: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await seedDemoData(db, { now: new Date() });
  await db.execute(sql`DELETE FROM search_queries`);
  [lombokTengah, sumbawa] = await Promise.all([regionIdByName(db, "Lombok Tengah"), regionIdByName(db, "Sumbawa")]);
  const food = await fixtureCategory(db, { isFood: true });
  const craft = await fixtureCategory(db, { isFood: false });
  const quiet = await fixtureCategory(db, { isFood: false });

  // Food maker, verified, no permit at all, one listing without photos and a short description, never ordered.
  ids.foodNoPermit = await fixtureBusiness(db, { kabupatenId: lombokTengah, kbli: "10792" });
  await fixtureProduct(db, { businessId: ids.foodNoPermit, categoryId: food.id, kabupatenId: lombokTengah, photos: 0, description: "Dodol" });

  // Craft seller with every delivery-side gap: 2 of 5 deliveries late, 20 % short on BASTs, ratings 2/3/3,
  // a halal certificate expiring in 30 days, and buyers of the province finding nothing in its category.
  ids.troubled = await fixtureBusiness(db, { kabupatenId: lombokTengah, kbli: "13921" });
  await fixtureCertificate(db, ids.troubled, "halal", day(30));
  const cloth = await fixtureProduct(db, { businessId: ids.troubled, categoryId: craft.id, kabupatenId: lombokTengah, leadTimeDays: 3 });
  const troubledOrders = [];
  for (const [placed, received, qty, got] of [[-40, -38, 2, 2], [-35, -30, 2, 2], [-30, -28, 2, 2], [-20, -15, 2, 1], [-10, -8, 2, 1]] as const) {
    troubledOrders.push(await fixtureOrder(db, { businessId: ids.troubled, productId: cloth, placedAt: at(placed), receivedAt: at(received), quantity: qty, receivedQty: got }));
  }
  for (const [i, stars] of [2, 3, 3].entries()) await fixtureRating(db, ids.troubled, troubledOrders[i]!, stars);
  await fixtureSearch(db, { categorySlug: craft.slug, resultCount: 0, at: at(-5), opdShortName: "Dispar" });
  // Too old to count, and too many results to be unmet:
  await fixtureSearch(db, { categorySlug: craft.slug, resultCount: 0, at: at(-120) });
  await fixtureSearch(db, { categorySlug: quiet.slug, resultCount: 12, at: at(-2) });

  // Pending food business: its PIRT is not verified yet, so the food permit gap stays open.
  ids.pending = await fixtureBusiness(db, { kabupatenId: lombokTengah, kbli: "10792", status: "pending" });
  await fixtureCertificate(db, ids.pending, "pirt", day(900));
  await fixtureProduct(db, { businessId: ids.pending, categoryId: food.id, kabupatenId: lombokTengah });

  // A ready seller in Sumbawa: on-time, full BAST, good ratings, an order 10 days ago, demand met.
  ids.ready = await fixtureBusiness(db, { kabupatenId: sumbawa, kbli: "16299" });
  const basket = await fixtureProduct(db, { businessId: ids.ready, categoryId: quiet.id, kabupatenId: sumbawa });
  for (const [i, placed] of [-60, -40, -10].entries()) {
    const order = await fixtureOrder(db, { businessId: ids.ready, productId: basket, placedAt: at(placed), receivedAt: at(placed + 2), quantity: 3 });
    await fixtureRating(db, ids.ready, order, [5, 4, 5][i]!);
  }
  // An order still open does not count as a delivery, nor in the BAST totals.
  await fixtureOrder(db, { businessId: ids.ready, productId: basket, placedAt: at(-1), receivedAt: null, quantity: 4 });
}, 120_000);

const profilesOf = async (businessIds: string[]) =>
  Object.fromEntries((await loadReadinessProfiles(db, { businessIds, today: TODAY })).map((p) => [p.businessId, p]));

describe("loadReadinessProfiles", () => {
  it("finds exactly the gaps each fixture was built with", async () => {
    const p = await profilesOf(Object.values(ids));
    expect(p[ids.foodNoPermit!]!.gaps).toEqual(["FOOD_PERMIT_MISSING", "PRODUCT_WITHOUT_PHOTO", "LOW_LISTING_QUALITY", "NO_RECENT_ORDER"]);
    expect(p[ids.troubled!]!.gaps).toEqual(["CERTIFICATE_EXPIRING", "LATE_DELIVERIES", "BAST_SHORTFALL", "LOW_RATING", "UNMET_DEMAND"]);
    expect(p[ids.pending!]!.gaps).toEqual(["BUSINESS_NOT_VERIFIED", "FOOD_PERMIT_MISSING", "NO_RECENT_ORDER"]);
    expect(p[ids.ready!]!.gaps).toEqual([]);
  });

  it("carries the facts behind the gaps", async () => {
    const p = await profilesOf([ids.troubled!, ids.ready!]);
    expect(p[ids.troubled!]!.profile).toMatchObject({
      verified: true,
      deliveries: { total: 5, late: 2 },
      bast: { orderedQty: 10, receivedQty: 8 },
      ratings: [2, 3, 3],
      lastOrderOn: day(-10),
      unmetDemandCount: 1,
      certificates: [{ kind: "halal", verified: true, expiresOn: day(30) }],
    });
    expect(p[ids.ready!]!.profile).toMatchObject({ deliveries: { total: 3, late: 0 }, bast: { orderedQty: 9, receivedQty: 9 }, lastOrderOn: day(-1) });
    expect(p[ids.ready!]).toMatchObject({ kabupatenId: sumbawa, kbli: "16299", scale: "mikro", verificationStatus: "verified" });
  });

  it("filters by kabupaten and leaves out non-UMK and rejected businesses", async () => {
    const big = await fixtureBusiness(db, { kabupatenId: sumbawa, kbli: "16299", scale: "menengah" });
    const rejected = await fixtureBusiness(db, { kabupatenId: sumbawa, kbli: "16299" });
    await db.execute(sql`UPDATE businesses SET verification_status = 'rejected', verified_at = NULL WHERE id = ${rejected}`);
    const inSumbawa = await loadReadinessProfiles(db, { kabupatenId: sumbawa, today: TODAY });
    expect(inSumbawa.every((p) => p.kabupatenId === sumbawa)).toBe(true);
    const found = inSumbawa.map((p) => p.businessId);
    expect(found).toContain(ids.ready);
    expect(found).not.toContain(big);
    expect(found).not.toContain(rejected);
    expect(found).not.toContain(ids.troubled);
  });

  it("moves with the data: a verified PIRT closes the food permit gap, photos close the photo gap", async () => {
    await fixtureCertificate(db, ids.foodNoPermit!, "pirt", day(1500));
    await db.execute(sql`UPDATE products SET photos = (SELECT photos FROM products WHERE business_id = ${ids.ready} LIMIT 1),
                         description = repeat('Dodol rumput laut khas Lombok Tengah. ', 5) WHERE business_id = ${ids.foodNoPermit}`);
    const p = await profilesOf([ids.foodNoPermit!]);
    expect(p[ids.foodNoPermit!]!.gaps).toEqual(["NO_RECENT_ORDER"]);
  });

  it("makes the same number of queries for one business as for many (no N+1)", async () => {
    let statements = 0;
    const client = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => undefined });
    const counting = drizzle(client, { schema, logger: { logQuery: () => void (statements += 1) } });
    const count = async (businessIds: string[]) => {
      statements = 0;
      await loadReadinessProfiles(counting, { businessIds, today: TODAY });
      return statements;
    };
    try {
      const one = await count([ids.ready!]);
      expect(await count(Object.values(ids))).toBe(one);
      expect(one).toBe(7);
    } finally {
      await client.end({ timeout: 1 });
    }
  });
});
