import "server-only";
import { db as defaultDb, type DbOrTx } from "@/db/client";
import { addExposureCounts } from "@/db/queries/exposure-counters";
import { ExposureTally, type ExposureKind } from "@/lib/domain/exposure/exposure-tally";
import { witaDate } from "@/lib/domain/time/wita";

/**
 * Impressions, product views and cart adds are counted in this process's memory and written in one batched
 * upsert every FLUSH_MS (or sooner when MAX_CELLS business × day cells wait), never on the answer's path: a search
 * adds nothing but a few map increments. On a clean shutdown (SIGTERM/SIGINT, or the event loop emptying) the
 * rest is flushed. A crash (kill -9, power) loses at most what was counted since the last flush — FLUSH_MS of
 * counts in this process; a failed write is put back and retried with the next flush.
 */
const FLUSH_MS = 5_000;
const MAX_CELLS = 2_000;

export class ExposureCounter {
  private tally = new ExposureTally();
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly options: { db: () => DbOrTx; flushMs?: number; maxCells?: number }) {}

  count(kind: ExposureKind, businessIds: Iterable<string>, now = new Date()): void {
    this.tally.add(kind, businessIds, witaDate(now));
    if (this.tally.size >= (this.options.maxCells ?? MAX_CELLS)) void this.flush();
    else this.schedule();
  }

  private schedule() {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.options.flushMs ?? FLUSH_MS);
    // A waiting flush must not keep a script or test run alive; shutdown flushes explicitly.
    this.timer.unref();
  }

  /** Writes everything counted so far; resolves when it is in the database (or put back after an error). */
  async flush(): Promise<void> {
    if (this.inFlight) await this.inFlight;
    const rows = this.tally.take();
    if (rows.length === 0) return;
    this.inFlight = addExposureCounts(this.options.db(), rows)
      .catch((error: unknown) => {
        console.error("exposure counts not written, kept for the next flush:", error instanceof Error ? error.message : error);
        this.tally.restore(rows);
        this.schedule();
      })
      .finally(() => {
        this.inFlight = null;
      });
    await this.inFlight;
  }

  /** Flushes and stops the timer (clean shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush();
  }
}

let shared: ExposureCounter | null = null;

/**
 * Every counter of this process, across module instances (a test runner loads modules afresh per file): the
 * shutdown hooks are installed once per process and flush them all, so listeners never pile up.
 */
const registry = ((globalThis as { [key: symbol]: Set<ExposureCounter> | undefined })[Symbol.for("pasar-umk.exposure-counters")] ??= (() => {
  const counters = new Set<ExposureCounter>();
  const closeAll = () => Promise.all([...counters].map((c) => c.close().catch(() => undefined)));
  // Next's own SIGTERM handler closes the HTTP server first and awaits it before exiting, which leaves this
  // flush (one INSERT) time to finish. Where nobody else listens (a plain script), the signal is raised again
  // after the flush so it still ends the process. beforeExit covers scripts that simply run out of work.
  const onSignal = (signal: NodeJS.Signals) => {
    const alone = process.listenerCount(signal) === 0;
    void closeAll().finally(() => {
      if (alone) process.kill(process.pid, signal);
    });
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
  process.once("beforeExit", () => void closeAll());
  return counters;
})());

/** The process's counter, on the app database. */
export const exposureCounter = (): ExposureCounter => {
  if (shared) return shared;
  shared = new ExposureCounter({ db: () => defaultDb });
  registry.add(shared);
  return shared;
};

/** Writes what this module instance has counted, if anything (before its database pool is closed). */
export const flushExposureCounts = (): Promise<void> => shared?.flush() ?? Promise.resolve();
