import type { Database, DbOrTx } from "@/db/client";
import { loadProductsForIndex } from "@/db/queries/search-index";
import { claimDueOutboxRows, lockOutboxForDrain, markOutboxFailed, markOutboxProcessed, type ClaimedOutboxRow } from "@/db/queries/search-outbox";
import { defaultSearchTarget, meiliErrorCode, productsIndex, SearchTaskError, waitForSuccess, type SearchTarget } from "./client";
import { indexDate, isPubliclyListed, toSearchDocument } from "./document";

export type DrainResult = {
  /** Outbox rows this drain claimed (all pending rows of the entities it locked). */
  claimed: number;
  /** Rows marked processed: their product's current state is in the index. */
  processed: number;
  processedIds: number[];
  /** Rows kept pending with one more attempt, a backoff and the error. */
  failed: number;
  /** Documents written (public products) and removed (everything else) in Meilisearch. */
  upserted: number;
  deleted: number;
  /** The first error met, if any (the rows carry it too). */
  error: string | null;
};

export type DrainOptions = { batchSize?: number; search?: SearchTarget; now?: () => Date };

const empty = (): DrainResult => ({ claimed: 0, processed: 0, processedIds: [], failed: 0, upserted: 0, deleted: 0, error: null });

const describe = (error: unknown) => {
  const code = meiliErrorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
};

/**
 * Writes the current state of these products to the index — public ones upserted by id, every other one
 * (draft, archived, unverified or suspended business, deleted) removed — and returns once Meilisearch has
 * applied both tasks. Idempotent: applying it twice leaves the same index.
 */
const applyProducts = async (db: DbOrTx, target: SearchTarget, productIds: readonly string[], today: string) => {
  const current = await loadProductsForIndex(db, productIds);
  const documents = current.filter(isPubliclyListed).map((p) => toSearchDocument(p, today));
  const publicIds = new Set(documents.map((d) => d.id));
  const removed = productIds.filter((id) => !publicIds.has(id));
  const index = productsIndex(target);
  const addition = documents.length > 0 ? index.addDocuments(documents, { primaryKey: "id" }) : null;
  const deletion = removed.length > 0 ? index.deleteDocuments(removed) : null;
  // Enqueue both before waiting: Meilisearch batches them, and neither overtakes the other (disjoint ids).
  await Promise.all([addition, deletion].map((p) => p?.catch(() => undefined)));
  if (addition) await waitForSuccess(target, addition);
  if (deletion) {
    // Nothing to remove from an index that does not exist: the product is absent either way.
    await waitForSuccess(target, deletion).catch((error: unknown) => {
      if (meiliErrorCode(error) !== "index_not_found") throw error;
    });
  }
  return { upserted: documents.length, deleted: removed.length };
};

const groupByEntity = (rows: readonly ClaimedOutboxRow[]) => {
  const groups = new Map<string, number[]>();
  for (const row of rows) groups.set(row.entityId, [...(groups.get(row.entityId) ?? []), row.id]);
  return groups;
};

/**
 * Drains one batch of the search outbox in one transaction: claims up to `batchSize` due rows (SKIP
 * LOCKED, one entity never in two drains), applies each claimed product's current state to the index,
 * waits until Meilisearch has applied it, then marks the rows processed. If Meilisearch fails, the rows
 * stay pending with attempts + 1, a capped exponential backoff and the error; nothing is lost. When a batch
 * is rejected by Meilisearch itself (not an outage), products are retried one by one so one bad document
 * cannot hold back the rest.
 */
export const drainSearchOutbox = async (db: Database, options: DrainOptions = {}): Promise<DrainResult> => {
  const batchSize = options.batchSize ?? 100;
  const target = options.search ?? defaultSearchTarget();
  const today = indexDate((options.now ?? (() => new Date()))());

  return db.transaction(async (tx) => {
    await lockOutboxForDrain(tx);
    const rows = await claimDueOutboxRows(tx, batchSize);
    if (rows.length === 0) return empty();
    const groups = groupByEntity(rows);
    const result: DrainResult = { ...empty(), claimed: rows.length };
    const fail = async (ids: number[], error: unknown) => {
      const message = describe(error);
      await markOutboxFailed(tx, ids, message);
      result.failed += ids.length;
      result.error ??= message;
    };

    try {
      const applied = await applyProducts(tx, target, [...groups.keys()], today);
      const ids = rows.map((r) => r.id);
      await markOutboxProcessed(tx, ids);
      return { ...result, ...applied, processed: ids.length, processedIds: ids };
    } catch (error) {
      if (!(error instanceof SearchTaskError) || groups.size === 1) {
        await fail(rows.map((r) => r.id), error);
        return result;
      }
    }

    for (const [entityId, ids] of groups) {
      try {
        const applied = await applyProducts(tx, target, [entityId], today);
        await markOutboxProcessed(tx, ids);
        result.processed += ids.length;
        result.processedIds.push(...ids);
        result.upserted += applied.upserted;
        result.deleted += applied.deleted;
      } catch (error) {
        await fail(ids, error);
      }
    }
    return result;
  });
};
