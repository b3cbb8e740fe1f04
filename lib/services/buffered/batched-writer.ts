import "server-only";
import { isRefusedForItsData } from "@/lib/errors";

/**
 * Rows waiting in memory for the next batch. `take` hands over everything and leaves the store empty; `restore`
 * takes back rows whose write failed. A store may merge rows (a tally) or keep them one by one (`PendingList`).
 */
export type PendingRows<Row> = {
  readonly size: number;
  take(): Row[];
  restore(rows: readonly Row[]): void;
};

/**
 * Rows kept one by one in arrival order; a failed batch goes back in front of what arrived meanwhile. At most
 * `limit` rows wait: during a long database outage newer rows are turned away (and counted in the log) rather
 * than let memory grow without end.
 */
export class PendingList<Row> implements PendingRows<Row> {
  private rows: Row[] = [];
  private turnedAway = 0;

  constructor(
    private readonly what = "rows",
    private readonly limit = Number.POSITIVE_INFINITY,
  ) {}

  push(row: Row): void {
    if (this.rows.length < this.limit) {
      this.rows.push(row);
      return;
    }
    if (this.turnedAway === 0) console.error(`${this.limit} ${this.what} already wait for the database; newer ones are not kept until they are written`);
    this.turnedAway += 1;
  }

  get size(): number {
    return this.rows.length;
  }

  take(): Row[] {
    if (this.turnedAway > 0) console.error(`${this.turnedAway} ${this.what} were not kept while the database could not take them`);
    this.turnedAway = 0;
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  restore(rows: readonly Row[]): void {
    this.rows = [...rows, ...this.rows];
  }
}

export type BatchedWriterOptions<Row> = {
  /** What the rows are, for the log line of a failed write ("exposure counts"). */
  what: string;
  /** One statement per batch of at most `maxBatch` rows. */
  write: (rows: Row[]) => Promise<void>;
  /** The longest a row waits for its write. */
  flushMs: number;
  /** A flush starts once this many rows wait, and no statement carries more (Postgres takes 65,535 parameters). */
  maxBatch: number;
};

/**
 * Writes rows buffered in memory in batches, off the answer's path: every `flushMs` after the first row waits,
 * or at once when `maxBatch` rows wait. Flushes never overlap; rows added during one wait for the next. A batch
 * that fails is put back and retried with the next flush, so a database outage delays rows instead of losing
 * them; only a row the database refuses for its values is dropped (`writeOrIsolate`). `close` (clean shutdown)
 * writes what is left. A crash loses what had not been flushed: at most `flushMs` of rows of this process, plus a
 * batch whose statement had not committed. A subclass adds rows its own way (to `pending`) and calls `added()`.
 */
export class BatchedWriter<Row, Pending extends PendingRows<Row> = PendingRows<Row>> {
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private closed = false;

  constructor(
    protected readonly pending: Pending,
    private readonly options: BatchedWriterOptions<Row>,
  ) {}

  /** Call after adding to `pending`: flushes at the cap (or after close), otherwise makes sure a flush is due. */
  protected added(): void {
    if (this.closed || (this.pending.size >= this.options.maxBatch && !this.inFlight)) void this.flush();
    // At the cap while a batch is being written, the timer takes the rest: one flush at a time, not one per row.
    else this.schedule();
  }

  private schedule() {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.options.flushMs);
    // A waiting flush must not keep a script or test run alive; shutdown flushes explicitly.
    this.timer.unref();
  }

  /** Writes everything added so far; resolves when it is in the database (or put back after an error). */
  async flush(): Promise<void> {
    while (this.inFlight) await this.inFlight;
    const rows = this.pending.take();
    if (rows.length === 0) return;
    this.inFlight = this.writeInBatches(rows).finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  private async writeInBatches(rows: Row[]): Promise<void> {
    const { maxBatch } = this.options;
    for (let start = 0; start < rows.length; start += maxBatch) {
      const unwritten = await this.writeOrIsolate(rows.slice(start, start + maxBatch));
      if (unwritten) {
        this.pending.restore([...unwritten, ...rows.slice(start + maxBatch)]);
        this.schedule();
        return;
      }
    }
  }

  /**
   * Writes one batch; returns the rows to put back, or null once all are written. A batch the database refuses
   * for a row's values (a foreign key gone, say) would fail on every retry and hold back every row behind it, so
   * it is split in halves until the refused rows stand alone; those are dropped, each with a log line.
   */
  private async writeOrIsolate(batch: Row[]): Promise<Row[] | null> {
    const { write, what } = this.options;
    try {
      await write(batch);
      return null;
    } catch (error) {
      const reason = error instanceof Error ? error.message : error;
      if (!isRefusedForItsData(error)) {
        console.error(`${what} not written, kept for the next flush:`, reason);
        return batch;
      }
      if (batch.length === 1) {
        console.error(`${what}: a row the database refuses was dropped:`, reason, batch[0]);
        return null;
      }
      const half = Math.ceil(batch.length / 2);
      const first = await this.writeOrIsolate(batch.slice(0, half));
      return first ? [...first, ...batch.slice(half)] : this.writeOrIsolate(batch.slice(half));
    }
  }

  /** Flushes and stops the timer (clean shutdown); rows added later are written at once. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush();
  }
}

type Closable = { close(): Promise<void> };

/**
 * The writers of this process, across module instances (a test runner loads modules afresh per file; Next may
 * bundle a module more than once): the shutdown hooks are installed once per process and close them all, so
 * listeners never pile up. scripts/serve.mjs reaches `closeAll` through the same global symbol and awaits it
 * before it exits.
 */
const registry = ((globalThis as { [key: symbol]: { writers: Set<Closable>; closeAll: () => Promise<void> } | undefined })[
  Symbol.for("pasar-umk.batched-writers")
] ??= (() => {
  const writers = new Set<Closable>();
  const closeAll = async () => {
    await Promise.all([...writers].map((w) => w.close().catch(() => undefined)));
  };
  // Where someone else listens (scripts/serve.mjs, Next), that listener decides when the process ends and must
  // await closeAll first. Where nobody else does (a plain script), the signal is raised again after the flush so
  // it still ends the process. beforeExit covers scripts that simply run out of work.
  const onSignal = (signal: NodeJS.Signals) => {
    const alone = process.listenerCount(signal) === 0;
    void closeAll().finally(() => {
      if (alone) process.kill(process.pid, signal);
    });
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
  process.once("beforeExit", () => void closeAll());
  return { writers, closeAll };
})());

/** Closes `writer` with every other on SIGTERM/SIGINT or when the event loop empties. */
export const closeOnShutdown = <W extends Closable>(writer: W): W => {
  registry.writers.add(writer);
  return writer;
};

/**
 * One writer per module instance, created on first use and closed on shutdown; `flushIfStarted` writes what it
 * holds without creating one (test files flush before their database pool closes).
 */
export const processWriter = <W extends Closable & { flush(): Promise<void> }>(create: () => W) => {
  let shared: W | null = null;
  return {
    get: (): W => (shared ??= closeOnShutdown(create())),
    flushIfStarted: (): Promise<void> => shared?.flush() ?? Promise.resolve(),
  };
};
