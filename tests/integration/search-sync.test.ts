import { eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { enqueueProductSync, enqueueProductsWithLapsedCertifications, failedOutboxEntries } from "@/db/queries/search-outbox";
import { businessCertifications, products, searchOutbox } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { defaultSearchTarget, productsIndexUid } from "@/lib/search/client";
import { ensureProductsIndex } from "@/lib/search/ensure-index";
import { drainSearchOutbox, type DrainResult } from "@/lib/search/outbox-drain";
import {
  anyCategoryId, createProduct, firstVerifiedBusiness, indexedDocument, indexedDocuments, kabupatenId, outboxRows,
  pendingOutboxCount, publicProductIds, searchIds, setBusinessStatus, updateProduct,
} from "./search-helpers";

jest.setTimeout(60_000);

const search = () => defaultSearchTarget();
const drain = (batchSize = 100) => drainSearchOutbox(db, { batchSize });

/** Drains until nothing is pending, as the worker would (another drain may hold some rows for a moment). */
const drainAll = async (results: DrainResult[] = []) => {
  for (;;) {
    const result = await drain(25);
    results.push(result);
    if (result.claimed === 0) {
      if ((await pendingOutboxCount(db)) === 0) return results;
      await new Promise((r) => setTimeout(r, 5));
    }
  }
};

let businessId: string;
let categoryId: string;
let originRegionId: string;

beforeAll(async () => {
  await seedDemoData(db, { now: new Date("2026-06-01T02:00:00Z") });
  ({ id: businessId } = await firstVerifiedBusiness(db));
  categoryId = await anyCategoryId(db);
  originRegionId = await kabupatenId(db);
});

describe("search sync through the outbox (real Postgres and Meilisearch)", () => {
  it("builds the index on start when it is empty and the catalog is not", async () => {
    const first = await ensureProductsIndex(db);
    const expected = await publicProductIds(db);
    expect(first).toMatchObject({ uid: productsIndexUid(), created: true, reindexed: true, documents: expected.length });
    expect([...(await indexedDocuments(search())).keys()].sort()).toEqual(expected);
    // Again: settings re-applied, nothing rebuilt.
    expect(await ensureProductsIndex(db)).toMatchObject({ created: false, reindexed: false, documents: expected.length });
    const settings = await search().client.index(productsIndexUid()).getSettings();
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["category", "kabupaten", "scale", "isUmk", "certifications", "priceIdr"]));
    expect(settings.synonyms).toMatchObject({ madu: ["honey"] });
  });

  it("makes a created product searchable, an edit visible, and an archived one gone, each after one drain", async () => {
    const id = await createProduct(db, { businessId, categoryId, originRegionId, title: "Madu Hutan Sumbawa Uji Sinkron" });
    expect(await indexedDocument(search(), id)).toBeNull(); // queued, not yet drained
    expect(await drain()).toMatchObject({ claimed: 1, processed: 1, upserted: 1, deleted: 0, failed: 0 });
    expect(await searchIds(search(), "madu hutan sinkron")).toContain(id);
    expect(await searchIds(search(), "honey sinkron")).toContain(id); // the synonyms apply

    await updateProduct(db, id, { title: "Kopi Tepal Uji Sinkron", priceIdr: 85_000 });
    await drain();
    expect(await indexedDocument(search(), id)).toMatchObject({ title: "Kopi Tepal Uji Sinkron", priceIdr: 85_000 });
    expect(await searchIds(search(), "madu hutan sinkron")).not.toContain(id);

    await updateProduct(db, id, { status: "archived" });
    expect(await drain()).toMatchObject({ processed: 1, upserted: 0, deleted: 1 });
    expect(await indexedDocument(search(), id)).toBeNull();
    expect(await searchIds(search(), "kopi tepal sinkron")).not.toContain(id);
  });

  it("never lists a draft, nor a product deleted outright", async () => {
    const draft = await createProduct(db, { businessId, categoryId, originRegionId, title: "Draf Gerabah Banyumulek", status: "draft" });
    const gone = await createProduct(db, { businessId, categoryId, originRegionId, title: "Ketak Nyurbaya Sementara" });
    await drain();
    expect(await indexedDocument(search(), gone)).not.toBeNull();
    await db.transaction(async (tx) => {
      await tx.delete(products).where(eq(products.id, gone));
      await enqueueProductSync(tx, [gone], "delete");
    });
    await drain();
    expect(await indexedDocument(search(), draft)).toBeNull();
    expect(await indexedDocument(search(), gone)).toBeNull();
  });

  it("takes every product of a suspended business out in one drain, and puts them back on reinstatement", async () => {
    const own = await db.select({ id: products.id, status: products.status }).from(products).where(eq(products.businessId, businessId));
    const active = own.filter((p) => p.status === "active").map((p) => p.id);
    expect(active.length).toBeGreaterThan(1);
    for (const id of active) expect(await indexedDocument(search(), id)).not.toBeNull();

    await setBusinessStatus(db, businessId, "suspended");
    const suspended = await drain(100);
    expect(suspended).toMatchObject({ claimed: own.length, processed: own.length, upserted: 0, deleted: own.length, failed: 0 });
    for (const id of active) expect(await indexedDocument(search(), id)).toBeNull();

    await setBusinessStatus(db, businessId, "verified");
    expect(await drain(100)).toMatchObject({ processed: own.length, upserted: active.length });
    for (const id of active) expect(await indexedDocument(search(), id)).not.toBeNull();
  });

  it("is idempotent: applying the same rows again leaves the same index", async () => {
    const before = await indexedDocuments(search());
    const sample = [...before.keys()].slice(0, 20);
    await enqueueProductSync(db, sample);
    await enqueueProductSync(db, sample);
    const result = await drain(100);
    // Both rows of a product are settled by one application of its current state.
    expect(result).toMatchObject({ claimed: 40, processed: 40, upserted: 20 });
    expect(await indexedDocuments(search())).toEqual(before);
  });

  it("lets two drains started at once split the rows: each row processed exactly once", async () => {
    const ids = (await publicProductIds(db)).slice(0, 50);
    await enqueueProductSync(db, ids);
    const [a, b] = await Promise.all([drain(30), drain(30)]);
    const processed = [...a!.processedIds, ...b!.processedIds];
    expect(new Set(processed).size).toBe(processed.length);
    expect(processed.length).toBe(50);
    expect(a!.upserted + b!.upserted).toBe(50);
    expect(await pendingOutboxCount(db)).toBe(0);
  });

  it("under concurrent writers and two drain loops, applies each row once and ends in the latest state", async () => {
    const target = search();
    const [{ maxTask }] = [{ maxTask: (await target.client.tasks.getTasks({ limit: 1 })).results[0]?.uid ?? -1 }];
    const [{ maxRow }] = (await db.execute(sql`SELECT coalesce(max(id), 0)::int AS "maxRow" FROM search_outbox`)) as unknown as [{ maxRow: number }];
    const ids = (await publicProductIds(db)).slice(0, 40);

    const results: DrainResult[] = [];
    let writing = true;
    const loop = async () => {
      while (writing) await drainAll(results);
      await drainAll(results);
    };
    const writer = async () => {
      for (let round = 1; round <= 5; round++) {
        await Promise.all(
          ids.map((id, i) =>
            updateProduct(db, id, {
              title: `Tenun Uji Putaran ${round} Nomor ${i}`,
              priceIdr: 10_000 * round + i,
              // In the last round every fourth product is archived; in round 4 they were all active.
              status: round === 5 && i % 4 === 0 ? "archived" : "active",
            }),
          ),
        );
      }
      writing = false;
    };
    await Promise.all([writer(), loop(), loop()]);

    // Every row written during the test was processed, exactly once, by exactly one drain, on the first try.
    const rows = (await outboxRows(db)).filter((r) => r.id > maxRow);
    expect(rows.length).toBe(200);
    expect(rows.every((r) => r.processedAt !== null && r.attempts === 0 && r.lastError === null)).toBe(true);
    const processed = results.flatMap((r) => r.processedIds);
    expect(new Set(processed).size).toBe(processed.length);
    expect(processed.filter((id) => id > maxRow).sort((x, y) => x - y)).toEqual(rows.map((r) => r.id));

    // Meilisearch received exactly what the drains say they sent: no hidden second application.
    const tasks = (await target.client.tasks.getTasks({ indexUids: [productsIndexUid(target)], limit: 1_000 })).results.filter((t) => t.uid > maxTask);
    const sent = tasks.reduce((n, t) => n + (t.details?.receivedDocuments ?? t.details?.providedIds ?? 0), 0);
    expect(tasks.every((t) => t.status === "succeeded")).toBe(true);
    expect(sent).toBe(results.reduce((n, r) => n + r.upserted + r.deleted, 0));

    // The index holds the last committed state of every product.
    const current = await db.select().from(products).where(inArray(products.id, ids));
    for (const p of current) {
      const doc = await indexedDocument(target, p.id);
      if (p.status === "active") expect(doc).toMatchObject({ title: p.title, priceIdr: p.priceIdr });
      else expect(doc).toBeNull();
    }
    expect(current.filter((p) => p.status === "archived")).toHaveLength(10);
  });

  it("drops a certification from the documents once it lapses, when the worker queues its seller's products", async () => {
    const [own] = await db.select({ id: products.id }).from(products).where(eq(products.businessId, businessId)).limit(1);
    await updateProduct(db, own!.id, { status: "active" });
    await db.insert(businessCertifications).values({ businessId, kind: "sni", number: "SNI-UJI-1", expiresOn: "2026-06-10" });
    // Indexed on 9 June: the certificate is valid through 10 June.
    await drainSearchOutbox(db, { now: () => new Date("2026-06-09T04:00:00Z") });
    expect((await indexedDocument(search(), own!.id))?.certifications).toContain("sni");

    // On 11 June (WITA) the worker queues the products of sellers whose certificate lapsed since its last look.
    const queued = await enqueueProductsWithLapsedCertifications(db, { fromDay: "2026-06-10", beforeDay: "2026-06-11" });
    expect(queued).toBeGreaterThan(0);
    await drainSearchOutbox(db, { now: () => new Date("2026-06-11T01:00:00Z") });
    expect((await indexedDocument(search(), own!.id))?.certifications).not.toContain("sni");
    expect(await enqueueProductsWithLapsedCertifications(db, { fromDay: "2026-06-11", beforeDay: "2026-06-12" })).toBe(0);
  });

  it("has nothing failed for the admin to see after a clean run", async () => {
    expect(await failedOutboxEntries(db)).toEqual([]);
    const [{ n }] = (await db.select({ n: sql<number>`count(*)::int` }).from(searchOutbox).where(sql`processed_at IS NULL`)) as [{ n: number }];
    expect(n).toBe(0);
  });
});
