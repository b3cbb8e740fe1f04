import { db } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import { defaultSearchTarget, productsIndex, productsIndexUid, waitForSuccess } from "@/lib/search/client";
import { ensureProductsIndex } from "@/lib/search/ensure-index";
import { drainSearchOutbox } from "@/lib/search/outbox-drain";
import { reindexProducts } from "@/lib/search/reindex";
import {
  indexedDocument, indexedDocuments, pendingOutboxCount, publicProductIds, updateProduct,
} from "./search-helpers";

jest.setTimeout(120_000);

const search = () => defaultSearchTarget();
const drain = () => drainSearchOutbox(db, { batchSize: 100 });

beforeAll(async () => {
  await seedDemoData(db, { now: new Date("2026-06-01T02:00:00Z") });
});

describe("reindex", () => {
  it("creates the live index when there is none and fills it with exactly the public products", async () => {
    const result = await reindexProducts(db, { batchSize: 100 });
    const expected = await publicProductIds(db);
    expect(result).toMatchObject({ uid: productsIndexUid(), documents: expected.length, requeued: 0 });
    expect([...(await indexedDocuments(search())).keys()].sort()).toEqual(expected);
  });

  it("swaps atomically: search answers in full throughout, and the result is exactly the public catalog", async () => {
    const target = search();
    const live = productsIndexUid(target);
    await ensureProductsIndex(db);
    const expected = await publicProductIds(db);
    // A stray document the rebuilt index must not carry over (as if a delete had been lost long ago).
    await waitForSuccess(target, productsIndex(target).addDocuments([{ ...(await indexedDocument(target, expected[0]!))!, id: "00000000-0000-4000-8000-000000000000" }]));

    // Search keeps answering while the reindex runs; every answer must be a complete index, old or new.
    const totals: number[] = [];
    let reindexing = true;
    const searcher = (async () => {
      while (reindexing) {
        const { estimatedTotalHits } = await productsIndex(target).search("", { limit: 0 });
        totals.push(estimatedTotalHits ?? -1);
        await new Promise((r) => setTimeout(r, 2));
      }
    })();

    // What happens meanwhile: one product changes after the reindex has read it and a drain writes it to the
    // old index; another changes and stays queued until after the swap.
    let early: string | undefined;
    let queued: string | undefined;
    const progressSeen: number[] = [];
    const result = await reindexProducts(db, {
      batchSize: 20,
      onProgress: async (step, done) => {
        progressSeen.push(done);
        if (step !== "indexing" || done === 0 || early) return;
        early = expected[0]; // ids are read in order: the first one is in the first batch
        await updateProduct(db, early!, { status: "archived" });
        expect(await drain()).toMatchObject({ processed: 1, deleted: 1 });
        queued = expected.at(-1); // read in the last batch, after this change, and queued all the same
        await updateProduct(db, queued!, { title: "Gula Aren Diubah Saat Reindeks" });
      },
    });
    reindexing = false;
    await searcher;

    expect(result.documents).toBe(expected.length);
    expect(result.requeued).toBe(1); // the product the drain wrote to the old index after the reindex read it
    expect(progressSeen.at(-1)).toBe(expected.length);
    expect(totals.length).toBeGreaterThan(0);
    // Old index: all + stray, then all − archived + stray; new index: all (it read the archived one before).
    expect(totals.filter((t) => t !== expected.length + 1 && t !== expected.length)).toEqual([]);

    // The old index is gone; only the live uid remains for this prefix.
    const { results: indexes } = await target.client.getRawIndexes({ limit: 1_000 });
    expect(indexes.map((i) => i.uid).filter((uid) => uid.startsWith(live))).toEqual([live]);

    // Queued rows were left for the worker, and the requeued product is settled by the next drain.
    expect(await pendingOutboxCount(db)).toBe(2);
    await drain();
    expect(await pendingOutboxCount(db)).toBe(0);
    const now = await publicProductIds(db);
    expect([...(await indexedDocuments(target)).keys()].sort()).toEqual(now);
    expect(now).not.toContain(early);
    expect(await indexedDocument(target, queued!)).toMatchObject({ title: "Gula Aren Diubah Saat Reindeks" });
  });

  it("ensureProductsIndex rebuilds an index that lost its documents", async () => {
    const target = search();
    await waitForSuccess(target, productsIndex(target).deleteAllDocuments());
    const ensured = await ensureProductsIndex(db);
    expect(ensured).toMatchObject({ created: false, reindexed: true, documents: (await publicProductIds(db)).length });
  });
});
