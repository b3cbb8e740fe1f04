import type { Database } from "@/db/client";
import { countPublicProductsForIndex, listPublicProductsForIndex } from "@/db/queries/search-index";
import { lockOutboxForSwap, outboxClock, requeueProductsProcessedSince } from "@/db/queries/search-outbox";
import { defaultSearchTarget, meiliErrorCode, productsIndexUid, waitForSuccess, type SearchTarget } from "./client";
import { indexDate, toSearchDocument } from "./document";
import { PRODUCT_INDEX_SETTINGS } from "./settings";

export type ReindexOptions = {
  search?: SearchTarget;
  batchSize?: number;
  now?: () => Date;
  /** Called after each batch Meilisearch has applied: (step, documents done, documents total); awaited. */
  onProgress?: (step: string, done: number, total: number) => void | Promise<void>;
};

export type ReindexResult = { uid: string; documents: number; requeued: number; tookMs: number };

/** Creates the index with the products primary key unless it exists; true when it had to be created. */
export const createIndexIfMissing = async (target: SearchTarget, uid: string) => {
  try {
    await target.client.getRawIndex(uid);
    return false;
  } catch (error) {
    if (meiliErrorCode(error) !== "index_not_found") throw error;
  }
  try {
    await waitForSuccess(target, target.client.createIndex(uid, { primaryKey: "id" }));
    return true;
  } catch (error) {
    // Someone else created it between our look and our create: just as good.
    if (meiliErrorCode(error) === "index_already_exists") return false;
    throw error;
  }
};

/**
 * Rebuilds the products index from Postgres without a moment of empty or partial search: builds a fresh
 * index `<uid>_<timestamp>` with the current settings and every public product, swaps it with the live one
 * in one Meilisearch task (creating the live one first if missing), then deletes the old one.
 * Outbox rows are never marked here: those pending keep flowing to the live index (new after the swap),
 * and products a drain applied to the old index while this was reading are queued again at the swap.
 */
export const reindexProducts = async (db: Database, options: ReindexOptions = {}): Promise<ReindexResult> => {
  const started = Date.now();
  const target = options.search ?? defaultSearchTarget();
  const batchSize = options.batchSize ?? 1_000;
  const today = indexDate((options.now ?? (() => new Date()))());
  const live = productsIndexUid(target);
  const fresh = `${live}_${started}`;
  const progress = options.onProgress ?? (() => undefined);

  // Drains that finish after this instant may have written to the old index after we read their product.
  const readStartedAt = await outboxClock(db);
  try {
    await waitForSuccess(target, target.client.createIndex(fresh, { primaryKey: "id" }));
    await waitForSuccess(target, target.client.index(fresh).updateSettings(PRODUCT_INDEX_SETTINGS));

    const total = await countPublicProductsForIndex(db);
    await progress("indexing", 0, total);
    let done = 0;
    let afterId: string | null = null;
    // One batch in flight while the next one loads: Meilisearch indexes as Postgres reads.
    let inFlight: { task: Promise<{ taskUid: number }>; size: number } | null = null;
    for (;;) {
      const page = await listPublicProductsForIndex(db, afterId, batchSize);
      if (page.length > 0) {
        const task = target.client.index(fresh).addDocuments(page.map((p) => toSearchDocument(p, today)), { primaryKey: "id" });
        task.catch(() => undefined);
        if (inFlight) {
          await waitForSuccess(target, inFlight.task);
          done += inFlight.size;
          await progress("indexing", done, Math.max(total, done));
        }
        inFlight = { task, size: page.length };
        afterId = page[page.length - 1]!.id;
      }
      if (page.length < batchSize) break;
    }
    if (inFlight) {
      await waitForSuccess(target, inFlight.task);
      done += inFlight.size;
    }
    await progress("indexing", done, Math.max(total, done));

    await createIndexIfMissing(target, live);
    const requeued = await db.transaction(async (tx) => {
      await lockOutboxForSwap(tx);
      const count = await requeueProductsProcessedSince(tx, readStartedAt);
      await waitForSuccess(target, target.client.swapIndexes([{ indexes: [live, fresh], rename: false }]));
      return count;
    });
    await progress("swapped", done, Math.max(total, done));
    return { uid: live, documents: done, requeued, tookMs: Date.now() - started };
  } finally {
    // After the swap `fresh` names the old index; before it, the half-built one. Either way it goes; if
    // that fails, a stray `<uid>_<timestamp>` index is left, harmless and visible in Meilisearch.
    await waitForSuccess(target, target.client.deleteIndex(fresh)).catch(() => undefined);
  }
};
