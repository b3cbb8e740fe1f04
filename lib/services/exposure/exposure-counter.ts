import "server-only";
import { db as defaultDb, type DbOrTx } from "@/db/client";
import { addExposureCounts } from "@/db/queries/exposure-counters";
import { ExposureTally, type ExposureKind, type ExposureRow } from "@/lib/domain/exposure/exposure-tally";
import { witaDate } from "@/lib/domain/time/wita";
import { BatchedWriter, processWriter } from "@/lib/services/buffered/batched-writer";

/**
 * Impressions, product views and cart adds are counted in this process's memory and written in one batched
 * upsert every FLUSH_MS (or sooner when MAX_CELLS business × day cells wait), never on the answer's path: a search
 * adds nothing but a few map increments. On a clean shutdown (SIGTERM/SIGINT, or the event loop emptying) the
 * rest is flushed. A crash (kill -9, power) loses at most what was counted since the last flush — FLUSH_MS of
 * counts in this process; a failed write is put back and retried with the next flush.
 */
const FLUSH_MS = 5_000;
const MAX_CELLS = 2_000;

export class ExposureCounter extends BatchedWriter<ExposureRow, ExposureTally> {
  constructor(options: { db: () => DbOrTx; flushMs?: number; maxCells?: number }) {
    super(new ExposureTally(), {
      what: "exposure counts",
      write: (rows) => addExposureCounts(options.db(), rows),
      flushMs: options.flushMs ?? FLUSH_MS,
      maxBatch: options.maxCells ?? MAX_CELLS,
    });
  }

  count(kind: ExposureKind, businessIds: Iterable<string>, now = new Date()): void {
    this.pending.add(kind, businessIds, witaDate(now));
    this.added();
  }
}

const shared = processWriter(() => new ExposureCounter({ db: () => defaultDb }));

/** The process's counter, on the app database. */
export const exposureCounter = shared.get;

/** Writes what this module instance has counted, if anything (before its database pool is closed). */
export const flushExposureCounts = shared.flushIfStarted;
