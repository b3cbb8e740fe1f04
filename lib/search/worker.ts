import { setTimeout as sleep } from "node:timers/promises";
import { db as appDb, type Database } from "@/db/client";
import { enqueueProductsWithLapsedCertifications, pruneProcessedOutbox, releaseOutboxBackoff } from "@/db/queries/search-outbox";
import { defaultSearchTarget, type SearchTarget } from "./client";
import { indexDate } from "./document";
import { ensureProductsIndex } from "./ensure-index";
import { searchHealth } from "./health";
import { drainSearchOutbox } from "./outbox-drain";

export type SearchWorkerOptions = {
  /** Stops the loop; a batch already being applied is finished first. */
  signal: AbortSignal;
  db?: Database;
  search?: SearchTarget;
  batchSize?: number;
  /** Pause when the outbox is empty: bounds commit-to-searchable latency (≈ idleMs + one apply). */
  idleMs?: number;
  /** Pause between probes while Meilisearch or Postgres is unreachable. */
  retryMs?: number;
  /** Processed rows are kept this long for inspection, then pruned (hourly). */
  keepProcessedMs?: number;
  log?: (line: string) => void;
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** On start, certifications that lapsed this many days back are re-queued (the worker may have been down). */
const LAPSE_LOOKBACK_DAYS = 7;

const wait = async (ms: number, signal: AbortSignal) => {
  try {
    await sleep(ms, undefined, { signal });
  } catch {
    /* aborted: the loop checks the signal */
  }
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Keeps the products index in step with the outbox until `signal` aborts: ensures the index on start
 * (reindexing an empty one), drains back to back while there is work and every `idleMs` otherwise.
 * Never throws: when Meilisearch or Postgres is unreachable it logs once, keeps the rows pending, probes
 * every `retryMs`, and on recovery ensures the index again and makes backed-off rows due at once.
 */
export const runSearchWorker = async (options: SearchWorkerOptions): Promise<void> => {
  const { signal } = options;
  const db = options.db ?? appDb;
  const search = options.search ?? defaultSearchTarget();
  const batchSize = options.batchSize ?? 100;
  const idleMs = options.idleMs ?? 250;
  const retryMs = options.retryMs ?? 1_000;
  const keepProcessedMs = options.keepProcessedMs ?? 7 * 24 * HOUR;
  const log = options.log ?? ((line: string) => process.stdout.write(`[search-worker] ${line}\n`));

  /** null while healthy; otherwise what is wrong, so each outage is logged once, not once per retry. */
  let outage: string | null = "starting";
  let lastBatchError: string | null = null;
  let nextPruneAt = 0;
  /** The WITA day up to which lapsed certifications have been queued. */
  let lapsesQueuedBefore = indexDate(new Date(Date.now() - LAPSE_LOOKBACK_DAYS * DAY));

  const enterOutage = (what: string, error: unknown) => {
    if (outage === null || outage === "starting") log(`${what}: ${messageOf(error)}; outbox rows stay queued, retrying every ${retryMs} ms.`);
    outage = what;
  };

  while (!signal.aborted) {
    if (outage !== null) {
      try {
        const health = await searchHealth({ search, fresh: true });
        if (health.degraded && health.reason !== "index_missing") throw new Error(`search ${health.reason}`);
        const ensured = await ensureProductsIndex(db, { search });
        if (ensured.reindexed) log(`index ${ensured.uid} was empty: rebuilt with ${ensured.documents} products.`);
        const released = await releaseOutboxBackoff(db);
        log(outage === "starting" ? `draining the outbox into ${ensured.uid}.` : `search is back${released ? `; ${released} queued rows due again` : ""}.`);
        outage = null;
      } catch (error) {
        enterOutage("search index unavailable", error);
        await wait(retryMs, signal);
      }
      continue;
    }

    try {
      const result = await drainSearchOutbox(db, { batchSize, search });
      if (result.failed > 0) {
        const health = await searchHealth({ search, fresh: true });
        if (health.degraded) {
          enterOutage("Meilisearch is unreachable", new Error(result.error ?? health.reason ?? "unknown"));
          continue;
        }
        if (result.error !== lastBatchError) log(`${result.failed} outbox rows failed and will be retried: ${result.error}`);
        lastBatchError = result.error;
      }
      if (Date.now() >= nextPruneAt) {
        nextPruneAt = Date.now() + HOUR;
        await pruneProcessedOutbox(db, new Date(Date.now() - keepProcessedMs));
      }
      const today = indexDate(new Date());
      if (today !== lapsesQueuedBefore) {
        // A certification valid through yesterday is gone from today's documents: requeue its products.
        const queued = await enqueueProductsWithLapsedCertifications(db, { fromDay: lapsesQueuedBefore, beforeDay: today });
        if (queued > 0) log(`${queued} products queued again: a certification of their seller lapsed.`);
        lapsesQueuedBefore = today;
      }
      if (result.claimed === 0) await wait(idleMs, signal);
    } catch (error) {
      // The drain only throws when Postgres fails (Meilisearch failures are recorded on the rows).
      enterOutage("database unavailable", error);
      await wait(retryMs, signal);
    }
  }
};
