import { and, asc, desc, eq, ne, or } from "drizzle-orm";
import { db } from "@/db/client";
import { findUserByEmail } from "@/db/queries/users";
import { businesses, products, searchQueries } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { loadViewer } from "@/lib/auth/load-viewer";
import { AppError } from "@/lib/errors";
import { createSearchTarget } from "@/lib/search/client";
import { ensureProductsIndex } from "@/lib/search/ensure-index";
import { drainSearchOutbox } from "@/lib/search/outbox-drain";
import { DemandLog, flushDemandLog } from "@/lib/services/catalog/demand-log";
import { getPublicProduct } from "@/lib/services/catalog/get-public-product";
import { listOpportunities } from "@/lib/services/catalog/list-opportunities";
import { searchCatalog } from "@/lib/services/catalog/search-catalog";
import { FACET_KEYS, type FacetKey, type ProductSearchParams } from "@/lib/validation/catalog";
import { anyCategoryId, createProduct, firstVerifiedBusiness, kabupatenId } from "./search-helpers";
import { freePort } from "@/scripts/engines/ports";

jest.setTimeout(60_000);

const NOW = new Date("2026-06-01T02:00:00Z");
const search = (params: ProductSearchParams) => searchCatalog(null, params, { log: false });
const ids = (r: { hits: Array<{ id: string }> }) => r.hits.map((h) => h.id);

const viewerOf = async (email: string) => (await loadViewer(db, (await findUserByEmail(db, email))!.id))!;

/** A value of a facet as the filter parameter takes it. */
const filterValue = (key: FacetKey, value: string) => (key === "isUmk" || key === "isLocal" ? value === "true" : value);

beforeAll(async () => {
  await seedDemoData(db, { now: NOW });
  await ensureProductsIndex(db);
});

describe("catalog search on real Meilisearch", () => {
  it("forgives typos: songkit finds songket, gerabh finds gerabah", async () => {
    const songket = await search({ q: "songkit" });
    expect(songket.degraded).toBe(false);
    expect(songket.total).toBeGreaterThan(0);
    expect(songket.hits[0]!.title).toMatch(/songket/i);
    const gerabah = await search({ q: "gerabh" });
    expect(gerabah.hits.slice(0, 5).every((h) => /gerabah/i.test(h.title))).toBe(true);
  });

  it("applies local synonyms: kain finds a tenun listing that never says kain", async () => {
    const { id: businessId } = await firstVerifiedBusiness(db);
    const id = await createProduct(db, { businessId, categoryId: await anyCategoryId(db), originRegionId: await kabupatenId(db), title: "Taplak Tenun Zzyxa" });
    await drainSearchOutbox(db, { batchSize: 50 });
    expect(ids(await search({ q: "kain zzyxa" }))[0]).toBe(id);
  });

  it("returns the contract shape", async () => {
    const r = await search({ q: "kopi", perPage: 3 });
    expect(r).toMatchObject({ page: 1, perPage: 3, degraded: false });
    expect(r.hits).toHaveLength(3);
    expect(Object.keys(r.facets).sort()).toEqual([...FACET_KEYS].sort());
    expect(r.hits[0]).toEqual({
      id: expect.any(String), title: expect.any(String), priceIdr: expect.any(Number), unit: expect.any(String), stock: expect.any(Number),
      category: expect.any(String), categorySlug: expect.any(String), kabupaten: expect.any(String), isLocal: expect.any(Boolean),
      // Every seeded product carries its category's demo illustration (db/seed/storefronts.ts).
      thumbnailUrl: expect.stringMatching(/^\/media\/products\/[0-9a-f-]{36}\/ilustrasi-[a-z-]+-thumb\.webp$/), rating: expect.any(Number),
      business: { id: expect.any(String), name: expect.any(String), scale: expect.stringMatching(/^(mikro|kecil|menengah|besar)$/), isUmk: expect.any(Boolean), kabupaten: expect.any(String) },
    });
  });

  it("facet counts equal the totals of the corresponding filtered queries", async () => {
    for (const base of [{}, { q: "tenun" }, { isUmk: [true], kabupaten: ["Lombok Tengah"] }] as ProductSearchParams[]) {
      const r = await search(base);
      for (const key of ["category", "kabupaten", "scale", "isUmk", "isLocal", "certification"] as const) {
        const entries = Object.entries(r.facets[key]);
        if (key !== "certification") expect(entries.length).toBeGreaterThan(0);
        for (const [value, count] of entries.slice(0, 4)) {
          const filtered = await search({ ...base, [key]: [filterValue(key, value)] });
          expect({ base, key, value, total: filtered.total }).toEqual({ base, key, value, total: count });
        }
      }
    }
  });

  it("ORs values within a filter and ANDs across filters", async () => {
    const [a, b] = Object.keys((await search({})).facets.kabupaten);
    const both = await search({ kabupaten: [a!, b!] });
    expect(both.total).toBe((await search({ kabupaten: [a!] })).total + (await search({ kabupaten: [b!] })).total);
    const umkInA = await search({ kabupaten: [a!], isUmk: [true], perPage: 100 });
    expect(umkInA.hits.every((h) => h.kabupaten === a && h.business.isUmk)).toBe(true);
  });

  it("escapes quotes and backslashes in filter values instead of failing or injecting", async () => {
    for (const value of ['Lombok "Tengah', "Lombok\\", 'x" OR isUmk = false OR kabupaten = "y', "a'b"]) {
      const r = await search({ kabupaten: [value] });
      expect(r).toMatchObject({ degraded: false, total: 0 });
    }
    // A real value containing a quote round-trips.
    const { id: businessId } = await firstVerifiedBusiness(db);
    const id = await createProduct(db, { businessId, categoryId: await anyCategoryId(db), originRegionId: await kabupatenId(db), title: 'Kopi "Uji" \\ Kutip' });
    await drainSearchOutbox(db, { batchSize: 50 });
    const category = (await getPublicProduct(id)).category;
    expect(ids(await search({ q: "kutip", category: [category] }))).toContain(id);
  });

  it("sorts by price both ways, newest and rating", async () => {
    const asc_ = (await search({ sort: "price:asc", perPage: 50 })).hits.map((h) => h.priceIdr);
    expect(asc_).toEqual([...asc_].sort((x, y) => x - y));
    // With words, settings rank relevance (words, typo, proximity, attribute) before sort: sort by price within a filter.
    const desc_ = (await search({ category: ["Madu"], sort: "price:desc", perPage: 50 })).hits.map((h) => h.priceIdr);
    expect(desc_.length).toBeGreaterThan(3);
    expect(desc_).toEqual([...desc_].sort((x, y) => y - x));
    const rating = (await search({ sort: "rating", perPage: 50 })).hits.map((h) => h.rating);
    expect(rating).toEqual([...rating].sort((x, y) => y - x));
    const newest = await search({ sort: "newest", perPage: 5 });
    const [latest] = await db
      .select({ id: products.id })
      .from(products)
      .innerJoin(businesses, eq(businesses.id, products.businessId))
      .where(and(eq(products.status, "active"), eq(businesses.verificationStatus, "verified")))
      .orderBy(desc(products.createdAt))
      .limit(1);
    // The index keeps whole seconds, so products created in the same second may come in either order.
    expect(ids(newest)).toContain(latest!.id);
  });

  it("paginates without overlap and reports the total", async () => {
    const all = await search({ sort: "price:asc", perPage: 100 });
    const p1 = await search({ sort: "price:asc", perPage: 10, page: 1 });
    const p2 = await search({ sort: "price:asc", perPage: 10, page: 2 });
    expect(p1.total).toBe(all.total);
    expect(p1.totalPages).toBe(Math.ceil(all.total / 10));
    expect([...ids(p1), ...ids(p2)]).toEqual(ids(all).slice(0, 20));
    const beyond = await search({ perPage: 10, page: p1.totalPages + 1 });
    expect(beyond.hits).toEqual([]);
  });

  it("never returns a product that is not public, in search or by id", async () => {
    const hidden = await db
      .select({ id: products.id, title: products.title })
      .from(products)
      .innerJoin(businesses, eq(businesses.id, products.businessId))
      .where(or(ne(products.status, "active"), ne(businesses.verificationStatus, "verified")))
      .orderBy(asc(products.id));
    expect(hidden.length).toBeGreaterThan(5);
    const everything = new Set<string>();
    for (let page = 1; ; page++) {
      const r = await search({ perPage: 100, page });
      r.hits.forEach((h) => everything.add(h.id));
      if (page >= r.totalPages) break;
    }
    for (const p of hidden) {
      expect(everything.has(p.id)).toBe(false);
      await expect(getPublicProduct(p.id)).rejects.toMatchObject({ code: "not_found" });
    }
    await expect(getPublicProduct("not-a-uuid")).rejects.toBeInstanceOf(AppError);
    await expect(getPublicProduct("00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "not_found" });
  });

  it("hides a product by id the moment its business is suspended", async () => {
    const { id: businessId } = await firstVerifiedBusiness(db);
    const [p] = await db.select({ id: products.id }).from(products).where(and(eq(products.businessId, businessId), eq(products.status, "active"))).limit(1);
    const detail = await getPublicProduct(p!.id);
    expect(detail).toMatchObject({ id: p!.id, business: { id: businessId }, minOrder: expect.any(Number), leadTimeDays: expect.any(Number) });
    expect(detail.photos).toEqual([{ thumbnailUrl: expect.stringContaining("/ilustrasi-"), url: expect.stringContaining("/ilustrasi-"), alt: expect.stringMatching(/^Ilustrasi: /) }]);
    await db.update(businesses).set({ verificationStatus: "suspended" }).where(eq(businesses.id, businessId));
    try {
      await expect(getPublicProduct(p!.id)).rejects.toMatchObject({ code: "not_found" });
    } finally {
      await db.update(businesses).set({ verificationStatus: "verified" }).where(eq(businesses.id, businessId));
    }
  });

  it("falls back to Postgres with the same shape when Meilisearch is unreachable", async () => {
    const dead = createSearchTarget({ host: `http://127.0.0.1:${await freePort()}`, apiKey: "x".repeat(16), indexPrefix: process.env.MEILI_INDEX_PREFIX });
    const live = await search({ q: "madu", perPage: 5 });
    const r = await searchCatalog(null, { q: "madu", perPage: 5 }, { search: dead, log: false });
    expect(r.degraded).toBe(true);
    expect(r.total).toBeGreaterThan(0);
    expect(Object.keys(r).sort()).toEqual(Object.keys(live).sort());
    expect(Object.keys(r.hits[0]!).sort()).toEqual(Object.keys(live.hits[0]!).sort());
    // Facet counts hold in the fallback too.
    const [kabupaten, count] = Object.entries(r.facets.kabupaten)[0]!;
    const filtered = await searchCatalog(null, { q: "madu", kabupaten: [kabupaten] }, { search: dead, log: false });
    expect(filtered.total).toBe(count);
    const cheapFirst = await searchCatalog(null, { sort: "price:asc", perPage: 20 }, { search: dead, log: false });
    expect(cheapFirst.hits.map((h) => h.priceIdr)).toEqual([...cheapFirst.hits.map((h) => h.priceIdr)].sort((x, y) => x - y));
    // Public only, in the fallback as well.
    expect(cheapFirst.total).toBe((await search({})).total);
  });
});

describe("demand signal", () => {
  it("logs normalized queries with counts and role/OPD, never who searched", async () => {
    await flushDemandLog();
    await db.delete(searchQueries);
    const buyer = await viewerOf("pembeli@pasarumk.test");
    await searchCatalog(buyer, { q: "  Songket   BIMA " });
    await searchCatalog(null, { q: "Lemari Arsip Besi" });
    await searchCatalog(null, { q: "kopi", page: 2 }); // turning pages is not new demand
    await searchCatalog(null, { q: "" }); // nor is browsing
    await flushDemandLog();
    const rows = await db.select().from(searchQueries).orderBy(asc(searchQueries.id));
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!).sort()).toEqual(["at", "categorySlug", "id", "normalizedQuery", "opdId", "resultCount", "role"]);
    expect(rows[0]).toMatchObject({ normalizedQuery: "songket bima", role: expect.stringMatching(/buyer|approver|treasurer/), opdId: buyer.memberships.find((m) => m.opdId)!.opdId });
    expect(rows[0]!.resultCount).toBeGreaterThan(0);
    expect(rows[1]).toMatchObject({ normalizedQuery: "lemari arsip besi", role: null, opdId: null });
    expect(JSON.stringify(rows)).not.toContain(buyer.email);
  });

  it("buffers searches off the answer's path; a flush writes each with its own time and category", async () => {
    await flushDemandLog();
    await db.delete(searchQueries);
    const at = (second: number) => new Date(Date.UTC(2026, 4, 27, 3, 0, second));
    const unfiltered = await searchCatalog(null, { q: "kopi" }, { now: at(0) });
    await searchCatalog(null, { q: "kopi luwak", category: ["Kopi"] }, { now: at(5) });
    await searchCatalog(null, { q: "madu", category: ["Kopi", "Madu"] }, { now: at(20) }); // several filters: none
    await searchCatalog(null, { q: "tenun", category: ["Tidak Ada"] }, { now: at(40) }); // no such category: none
    // Answered, not yet written: the rows wait in memory for the flush.
    expect(await db.select().from(searchQueries)).toEqual([]);
    await flushDemandLog();
    const rows = await db.select().from(searchQueries).orderBy(asc(searchQueries.id));
    expect(rows.map(({ at, normalizedQuery, categorySlug }) => ({ at, normalizedQuery, categorySlug }))).toEqual([
      { at: at(0), normalizedQuery: "kopi", categorySlug: unfiltered.hits[0]!.categorySlug },
      { at: at(5), normalizedQuery: "kopi luwak", categorySlug: "kopi" },
      { at: at(20), normalizedQuery: "madu", categorySlug: null },
      { at: at(40), normalizedQuery: "tenun", categorySlug: null },
    ]);
    // Written once: a second flush has nothing left.
    await flushDemandLog();
    expect(await db.select().from(searchQueries)).toHaveLength(4);
  });

  it("writes the other searches of a batch when one names an OPD that no longer exists, and drops only that one", async () => {
    await db.delete(searchQueries);
    const log = new DemandLog({ db: () => db, flushMs: 60_000 });
    const search = (normalizedQuery: string, opdId: string | null) => ({ at: NOW, normalizedQuery, resultCount: 1, role: "buyer" as const, opdId, category: { slug: null } });
    const buyer = await viewerOf("pembeli@pasarumk.test");
    const opdId = buyer.memberships.find((m) => m.opdId)!.opdId!;
    const logged = jest.spyOn(console, "error").mockImplementation(() => {});
    for (const [q, opd] of [["kopi", opdId], ["madu", "00000000-0000-4000-8000-000000000000"], ["tenun", null], ["gerabah", opdId]] as const) log.log(search(q, opd));
    await log.close();
    expect(logged.mock.calls.map((call) => String(call[0]))).toEqual([expect.stringContaining("refuses was dropped")]);
    logged.mockRestore();
    const rows = await db.select().from(searchQueries).orderBy(asc(searchQueries.id));
    expect(rows.map((r) => r.normalizedQuery)).toEqual(["kopi", "tenun", "gerabah"]);
  });

  it("shows Peluang to admins and sellers only: frequent zero- and low-result queries per week and category", async () => {
    await db.delete(searchQueries);
    const at = (iso: string) => new Date(iso);
    await db.insert(searchQueries).values([
      ...Array.from({ length: 3 }, () => ({ at: at("2026-05-26T03:00:00Z"), normalizedQuery: "lemari arsip", resultCount: 0, categorySlug: null })),
      { at: at("2026-05-27T03:00:00Z"), normalizedQuery: "kopi luwak", resultCount: 2, categorySlug: "kopi" },
      { at: at("2026-05-27T03:00:00Z"), normalizedQuery: "kopi tepal", resultCount: 40, categorySlug: "kopi" },
      { at: at("2026-05-19T03:00:00Z"), normalizedQuery: "lemari arsip", resultCount: 0, categorySlug: null },
    ]);
    const admin = await viewerOf("admin@pasarumk.test");
    const groups = await listOpportunities(admin, { weeks: 4 }, { now: NOW });
    expect(groups[0]).toMatchObject({ weekStart: "2026-05-25", isoWeek: "2026-W22" });
    const latest = groups.filter((g) => g.weekStart === "2026-05-25");
    expect(latest.find((g) => g.categorySlug === null)!.queries).toEqual([{ query: "lemari arsip", searches: 3, zeroResultSearches: 3, maxResults: 0 }]);
    expect(latest.find((g) => g.categorySlug === "kopi")).toMatchObject({ categoryName: "Kopi", queries: [{ query: "kopi luwak", searches: 1, zeroResultSearches: 0, maxResults: 2 }] });
    expect(groups.find((g) => g.weekStart === "2026-05-18")!.queries[0]).toMatchObject({ query: "lemari arsip", searches: 1 });

    const seller = await viewerOf("penjual@pasarumk.test");
    expect(await listOpportunities(seller, { weeks: 4 }, { now: NOW })).toEqual(groups);
    await expect(listOpportunities(await viewerOf("pembeli@pasarumk.test"), { weeks: 4 }, { now: NOW })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listOpportunities(await viewerOf("auditor@pasarumk.test"), { weeks: 4 }, { now: NOW })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listOpportunities(null, { weeks: 4 })).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("leaves out what instant search logged mid-word when the same searcher went on typing", async () => {
    await db.delete(searchQueries);
    const typed = (second: number, normalizedQuery: string) => ({ at: new Date(Date.UTC(2026, 4, 27, 3, 0, second)), normalizedQuery, resultCount: 0, categorySlug: null });
    await db.insert(searchQueries).values([typed(0, "lemari ar"), typed(2, "lemari arsip besi"), typed(30, "meja")]);
    const groups = await listOpportunities(await viewerOf("admin@pasarumk.test"), { weeks: 4 }, { now: NOW });
    expect(groups.flatMap((g) => g.queries.map((q) => q.query)).sort()).toEqual(["lemari arsip besi", "meja"]);
  });
});

