import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { savePreferences } from "@/db/queries/notification-preferences";
import { seedDemoData } from "@/db/seed";
import { runNotificationSweeps } from "@/lib/services/notifications/sweeps";
import { newUser } from "./business-helpers";

jest.setTimeout(60_000);

const NOW = new Date("2026-06-10T03:00:00Z");
const minutesAgo = (n: number) => new Date(NOW.getTime() - n * 60_000);

type Row = Record<string, string>;
const rows = async <T = Row>(query: ReturnType<typeof sql>) => (await db.execute(query)) as unknown as T[];

let category: { slug: string; id: string };
let kabupatenId: string;
let kabupatenOpdId: string;
let provincialOpdId: string;
let localSellers: string[];
let otherKabupatenSellers: string[];

/** Sellers (user ids) of verified businesses with an active product in the category, in or outside a kabupaten. */
const sellersOf = async (slug: string, regionId: string, inside: boolean) =>
  (
    await rows<{ userId: string }>(sql`
      SELECT DISTINCT m.user_id AS "userId" FROM memberships m
        JOIN users u ON u.id = m.user_id JOIN businesses b ON b.id = m.business_id
        JOIN products p ON p.business_id = b.id AND p.status = 'active' JOIN categories c ON c.id = p.category_id
       WHERE m.role = 'seller' AND u.is_active AND b.verification_status = 'verified' AND c.slug = ${slug}
         AND (b.region_id = ${regionId}) = ${inside}
       ORDER BY 1`)
  ).map((r) => r.userId);

const alertsOf = (dedupeLike: string) =>
  rows<{ userId: string; link: string; params: Record<string, unknown> }>(sql`
    SELECT user_id AS "userId", link, params FROM notifications WHERE kind = 'opportunity.published' AND dedupe_key LIKE ${dedupeLike} ORDER BY user_id`);

const search = (opdId: string, query: string, resultCount: number, at: Date) =>
  db.execute(sql`INSERT INTO search_queries (at, normalized_query, category_slug, result_count, role, opd_id) VALUES (${at.toISOString()}::timestamptz, ${query}, ${category.slug}, ${resultCount}, 'buyer', ${opdId})`);

beforeAll(async () => {
  await seedDemoData(db, { now: NOW });
  // A category of the demo seller, in her kabupaten: some of its sellers live there, others elsewhere.
  const [pick] = await rows<{ slug: string; id: string; regionId: string }>(sql`
    SELECT c.slug, c.id, b.region_id AS "regionId" FROM products p JOIN categories c ON c.id = p.category_id JOIN businesses b ON b.id = p.business_id
      JOIN memberships m ON m.business_id = b.id AND m.role = 'seller' JOIN users u ON u.id = m.user_id
     WHERE p.status = 'active' AND b.verification_status = 'verified' AND u.email = 'penjual@pasarumk.test'
       AND EXISTS (SELECT 1 FROM products p2 JOIN businesses b2 ON b2.id = p2.business_id
                    WHERE p2.category_id = c.id AND p2.status = 'active' AND b2.verification_status = 'verified' AND b2.region_id <> b.region_id)
     ORDER BY 1 LIMIT 1`);
  category = { slug: pick!.slug, id: pick!.id };
  // The demo has one seller account; every other verified business of the category gets one, as in real use.
  const businesses = await rows<{ id: string; regionId: string }>(sql`
    SELECT DISTINCT b.id, b.region_id AS "regionId" FROM businesses b JOIN products p ON p.business_id = b.id
     WHERE p.category_id = ${category.id} AND p.status = 'active' AND b.verification_status = 'verified'
       AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.business_id = b.id AND m.role = 'seller') ORDER BY 1`);
  for (const b of businesses) {
    const seller = await newUser(db, "Penjual Uji Peluang");
    await db.execute(sql`INSERT INTO memberships (user_id, role, region_id, business_id) SELECT ${seller.userId}, 'seller', r.id, ${b.id} FROM regions r WHERE r.kind = 'provinsi' AND r.id = (SELECT coalesce(parent_id, id) FROM regions WHERE id = ${b.regionId})`);
  }
  kabupatenId = pick!.regionId;
  localSellers = await sellersOf(category.slug, kabupatenId, true);
  otherKabupatenSellers = await sellersOf(category.slug, kabupatenId, false);
  expect(localSellers.length).toBeGreaterThan(0);
  expect(otherKabupatenSellers.length).toBeGreaterThan(0);
  // The demo OPDs are provincial; the kabupaten gets one of its own, as a Pemkab's Dinas would be.
  const [opd] = await rows<{ id: string }>(sql`INSERT INTO opds (region_id, code, name, short_name) VALUES (${kabupatenId}, 'UJI-PELUANG-KAB', 'Dinas Uji Kabupaten', 'DINUJI') RETURNING id`);
  kabupatenOpdId = opd!.id;
  const [provincial] = await rows<{ id: string }>(sql`SELECT o.id FROM opds o JOIN regions r ON r.id = o.region_id WHERE r.kind = 'provinsi' ORDER BY o.code LIMIT 1`);
  provincialOpdId = provincial!.id;
  // The demo seed's own unmet searches (other areas' demo data) would outrank these tests' single searches in the
  // top few per area; the tests are about who is told, so the category starts with no searches.
  await db.execute(sql`DELETE FROM search_queries WHERE category_slug = ${category.slug}`);
});

describe("Peluang alerts", () => {
  it("tells the category's sellers in the searching OPD's kabupaten, once, with a prefilled product draft", async () => {
    await search(kabupatenOpdId, "songket benang emas uji", 0, minutesAgo(120));
    await search(kabupatenOpdId, "songket benang emas uji", 1, minutesAgo(90));
    // A search that found plenty is no Peluang; a keystroke pause is none either.
    await search(kabupatenOpdId, "produk laris uji", 40, minutesAgo(80));
    await search(kabupatenOpdId, "songket ben", 0, minutesAgo(70));
    await search(kabupatenOpdId, "songket benang", 0, minutesAgo(69.8));
    await search(kabupatenOpdId, "songket benang emas uji", 0, minutesAgo(69.5));

    await runNotificationSweeps(db, NOW);
    const alerts = await alertsOf(`opportunity:${category.slug}:${kabupatenId}:%`);
    expect(alerts.map((a) => a.userId)).toEqual([...localSellers].sort());
    const draft = new URL(alerts[0]!.link, "http://x");
    expect(draft.pathname).toBe("/penjual/produk/baru");
    expect(Object.fromEntries(draft.searchParams)).toEqual({ judul: "Songket Benang Emas Uji", kategori: category.slug, dari: "peluang" });
    expect(alerts[0]!.params).toMatchObject({ queries: "songket benang emas uji", searches: 3 });
    expect(new Set(alerts.map((a) => a.params.queries))).toEqual(new Set(["songket benang emas uji"]));

    // The same search failing again, an hour later and next run: nobody is told twice.
    await search(kabupatenOpdId, "songket benang emas uji", 0, minutesAgo(10));
    await runNotificationSweeps(db, new Date(NOW.getTime() + 3_600_000));
    expect(await alertsOf(`opportunity:${category.slug}:${kabupatenId}:%`)).toHaveLength(alerts.length);
  });

  it("tells sellers of the whole province for a provincial OPD's search, respecting each person's preferences", async () => {
    const [quiet, ...others] = otherKabupatenSellers;
    await savePreferences(db, quiet!, [
      { category: "opportunities", channel: "in_app", enabled: false },
      { category: "opportunities", channel: "email", enabled: false },
    ], NOW);
    await search(provincialOpdId, "tenun motif uji provinsi", 0, minutesAgo(30));
    await runNotificationSweeps(db, NOW);
    const alerts = await alertsOf(`opportunity:${category.slug}:prov-%:tenun motif uji provinsi`);
    const told = alerts.map((a) => a.userId);
    expect(told).toEqual(expect.arrayContaining([...localSellers, ...others]));
    expect(told).not.toContain(quiet);
    // A seller whose email is on gets it queued through the outbox.
    const [queued] = await rows<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
       WHERE n.kind = 'opportunity.published' AND n.dedupe_key LIKE ${`opportunity:${category.slug}:prov-%:tenun motif uji provinsi`} AND d.channel = 'email'`);
    expect(Number(queued!.n)).toBeGreaterThan(0);
  });
});
