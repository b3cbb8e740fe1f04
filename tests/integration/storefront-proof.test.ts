import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import type { Viewer } from "@/lib/domain/auth/roles";
import { uniqueSlug } from "@/lib/domain/storefront/slug";
import { loadViewer } from "@/lib/auth/load-viewer";
import { decideVerification } from "@/lib/services/businesses/decide-verification";
import { registerBusiness } from "@/lib/services/businesses/submit-application";
import { getPublicStorefront } from "@/lib/services/storefront/get-public-storefront";
import { saveStorefrontStory } from "@/lib/services/storefront/update-storefront-story";
import { auditOf, freshNib, newUser, regionByName, rejects, useTempDataDir, viewerByEmail } from "./business-helpers";

// The storefront's proof against the ledger: every figure recomputed here in SQL, straight from orders, order
// lines, receipts, invoices and ratings, for every seeded storefront — not through the service's queries.

jest.setTimeout(90_000);
useTempDataDir();

const NOW = new Date("2026-06-10T03:00:00Z");
const rows = async <T>(query: ReturnType<typeof sql>) => (await db.execute(query)) as unknown as T[];

beforeAll(async () => {
  await seedDemoData(db, { now: new Date("2026-06-01T02:00:00Z") });
});

type Expected = {
  slug: string; opds: number; completed: number; shipped: number; on_time: number; with_bast: number; in_full: number;
  median_days: string | null; paid: number; rating_avg: string | null; rating_count: number;
};

const expectedFigures = () =>
  rows<Expected>(sql`
    WITH o AS (
      SELECT o.*, (SELECT max(p.lead_time_days) FROM order_lines ol JOIN products p ON p.id = ol.product_id WHERE ol.order_id = o.id) AS lead,
             (SELECT sum(quantity) FROM order_lines WHERE order_id = o.id) AS ordered,
             (SELECT sum(received_quantity) FROM order_lines WHERE order_id = o.id) AS received,
             EXISTS (SELECT 1 FROM receipts r WHERE r.order_id = o.id) AS has_bast
        FROM orders o)
    SELECT s.slug,
      (SELECT count(DISTINCT opd_id) FROM o WHERE o.business_id = s.business_id AND status IN ('received', 'invoiced', 'paid', 'closed'))::int AS opds,
      (SELECT count(*) FROM o WHERE o.business_id = s.business_id AND status IN ('received', 'invoiced', 'paid', 'closed'))::int AS completed,
      (SELECT count(*) FROM o WHERE o.business_id = s.business_id AND shipped_at IS NOT NULL)::int AS shipped,
      (SELECT count(*) FROM o WHERE o.business_id = s.business_id AND shipped_at IS NOT NULL
          AND (shipped_at AT TIME ZONE 'Asia/Makassar')::date <= (placed_at AT TIME ZONE 'Asia/Makassar')::date + lead)::int AS on_time,
      (SELECT count(*) FROM o WHERE o.business_id = s.business_id AND has_bast)::int AS with_bast,
      (SELECT count(*) FROM o WHERE o.business_id = s.business_id AND has_bast AND received >= ordered)::int AS in_full,
      (SELECT round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.paid_at - i.issued_at) / 86400))::numeric, 1)
         FROM invoices i JOIN orders x ON x.id = i.order_id WHERE x.business_id = s.business_id AND i.status <> 'cancelled' AND i.paid_at IS NOT NULL) AS median_days,
      (SELECT count(*) FROM invoices i JOIN orders x ON x.id = i.order_id WHERE x.business_id = s.business_id AND i.status <> 'cancelled' AND i.paid_at IS NOT NULL)::int AS paid,
      (SELECT round(avg(stars)::numeric, 2) FROM ratings r WHERE r.business_id = s.business_id) AS rating_avg,
      (SELECT count(*) FROM ratings r WHERE r.business_id = s.business_id)::int AS rating_count
    FROM storefronts s JOIN businesses b ON b.id = s.business_id
    WHERE b.verification_status = 'verified'
    ORDER BY s.slug`);

describe("storefront proof", () => {
  it("matches the ledger for every seeded storefront, and the seed gives some of them a real record", async () => {
    const expected = await expectedFigures();
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.filter((e) => e.completed > 0 && e.paid > 0 && e.rating_count > 0).length).toBeGreaterThan(0);
    for (const e of expected) {
      const { proof } = await getPublicStorefront(e.slug, { db, now: NOW });
      expect({ slug: e.slug, ...proof }).toEqual({
        slug: e.slug,
        opdsServed: e.opds,
        ordersCompleted: e.completed,
        onTime: { shipped: e.shipped, onTime: e.on_time, rate: e.shipped === 0 ? null : Math.round((e.on_time / e.shipped) * 10_000) / 10_000 },
        bastsInFull: { withBast: e.with_bast, inFull: e.in_full },
        medianDaysToPaid: e.median_days === null ? null : Number(e.median_days),
        paidInvoices: e.paid,
        rating: { average: e.rating_avg === null ? null : Number(e.rating_avg), count: e.rating_count },
      });
    }
  });

  it("lists only the business's active products and its still-valid certifications, with demo pictures labelled as illustrations", async () => {
    const [top] = await rows<{ slug: string; business_id: string }>(sql`
      SELECT s.slug, s.business_id FROM storefronts s JOIN businesses b ON b.id = s.business_id
       WHERE b.verification_status = 'verified' ORDER BY (SELECT count(*) FROM products p WHERE p.business_id = s.business_id AND p.status <> 'active') DESC, s.slug LIMIT 1`);
    const view = await getPublicStorefront(top!.slug, { db, now: NOW });
    const [active] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM products WHERE business_id = ${top!.business_id} AND status = 'active'`);
    expect(view.products).toHaveLength(Math.min(active!.n, 48));
    expect(view.products.every((p) => p.business.id === top!.business_id && p.thumbnailUrl?.includes("/ilustrasi-"))).toBe(true);
    expect(view.business.story.length).toBeGreaterThan(40);
    expect(view.business.photos[0]?.alt).toMatch(/^Ilustrasi/);
    const valid = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM business_certifications WHERE business_id = ${top!.business_id} AND (expires_on IS NULL OR expires_on >= '2026-06-10')`);
    expect(view.verified.certifications).toHaveLength(valid[0]!.n);
  });
});

describe("storefront lifecycle", () => {
  let admin: Viewer;
  const register = async (owner: Viewer, legalName: string) =>
    (await registerBusiness(owner, {
      legalName, nib: freshNib(), kbli: "10792", ownerName: "Inaq Uji", regionId: await regionByName(db, "Lombok Barat"),
      address: "Gerung, Lombok Barat", capitalIdr: 10_000_000, annualTurnoverIdr: 90_000_000, certifications: [],
    })).businessId;

  beforeAll(async () => {
    admin = await viewerByEmail(db, "admin@pasarumk.test");
  });

  it("a slug comes with verification, is unique per name, and never changes through suspension and reinstatement", async () => {
    const first = await newUser(db, "Inaq Satu");
    const second = await newUser(db, "Inaq Dua");
    const a = await register(first, "Jajan Gerung Baru");
    const b = await register(second, "Jajan Gerung Baru");
    const slugOf = async (id: string) => (await rows<{ slug: string }>(sql`SELECT slug FROM storefronts WHERE business_id = ${id}`))[0]?.slug;
    expect(await slugOf(a)).toBeUndefined();
    await decideVerification(admin, { businessId: a, decision: "verify" }, NOW);
    await decideVerification(admin, { businessId: b, decision: "verify" }, NOW);
    expect(await slugOf(a)).toBe("jajan-gerung-baru");
    expect(await slugOf(b)).toBe("jajan-gerung-baru-2");
    expect((await auditOf(db, a)).some((e) => (e.data as { storefrontSlug?: string }).storefrontSlug === "jajan-gerung-baru")).toBe(true);

    await decideVerification(admin, { businessId: b, decision: "suspend", reason: "Dokumen kedaluwarsa" }, NOW);
    expect((await rejects(getPublicStorefront("jajan-gerung-baru-2", { db, now: NOW }))).code).toBe("not_found");
    await decideVerification(admin, { businessId: b, decision: "reinstate", reason: "Dokumen diperbarui" }, NOW);
    expect(await slugOf(b)).toBe("jajan-gerung-baru-2");
    expect((await getPublicStorefront("jajan-gerung-baru-2", { db, now: NOW })).business.id).toBe(b);

    // The seller writes the story; nobody else may, and it is audited.
    const seller = (await loadViewer(db, first.userId))!;
    const other = (await loadViewer(db, second.userId))!;
    await saveStorefrontStory(seller, { businessId: a, story: "  Jajan pasar dari dapur kami di Gerung.  " }, NOW);
    expect((await getPublicStorefront("jajan-gerung-baru", { db, now: NOW })).business.story).toBe("Jajan pasar dari dapur kami di Gerung.");
    expect((await rejects(saveStorefrontStory(other, { businessId: a, story: "Bukan toko saya" }, NOW))).code).toBe("forbidden");
    expect((await rejects(saveStorefrontStory(seller, { businessId: a, story: "x".repeat(1201) }, NOW))).code).toBe("unprocessable");
    expect((await auditOf(db, a)).some((e) => e.action === "storefront.story_updated")).toBe(true);
  });

  it("a pending business has no storefront, and unknown or malformed slugs are 404", async () => {
    const owner = await newUser(db, "Inaq Tiga");
    const pending = await register(owner, "Kopi Pending");
    const seller = (await loadViewer(db, owner.userId))!;
    expect((await rejects(saveStorefrontStory(seller, { businessId: pending, story: "Belum" }, NOW))).code).toBe("conflict");
    for (const slug of ["kopi-pending", "tidak-ada", "../etc", "UPPER", "a".repeat(65)]) {
      expect((await rejects(getPublicStorefront(slug, { db, now: NOW }))).code).toBe("not_found");
    }
  });
});

describe("the backfill migration", () => {
  it("gives every verified or suspended business the slug the JS rule gives it, oldest first on a shared name", async () => {
    const businesses = await rows<{ id: string; legal_name: string }>(sql`
      SELECT id, legal_name FROM businesses WHERE verification_status IN ('verified', 'suspended') ORDER BY created_at, id`);
    const taken = new Set<string>();
    const expected = new Map(businesses.map((b) => {
      const slug = uniqueSlug(b.legal_name, taken);
      taken.add(slug);
      return [b.id, slug] as const;
    }));
    await db.execute(sql`DELETE FROM storefronts`);
    await db.execute(sql.raw(readFileSync(path.join(process.cwd(), "db/migrations/0015_storefronts_sql.sql"), "utf8")));
    const backfilled = await rows<{ business_id: string; slug: string }>(sql`SELECT business_id, slug FROM storefronts`);
    expect(new Map(backfilled.map((r) => [r.business_id, r.slug]))).toEqual(expected);
    expect(expected.get(businesses.find((b) => b.legal_name === "Jajan Gerung Baru")!.id)).toBe("jajan-gerung-baru");
  });
});
