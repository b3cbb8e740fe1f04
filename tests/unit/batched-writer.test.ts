import { BatchedWriter, PendingList, type BatchedWriterOptions } from "@/lib/services/buffered/batched-writer";

/** The smallest subclass: rows added one by one. */
class NumberWriter extends BatchedWriter<number, PendingList<number>> {
  constructor(pending: PendingList<number>, options: BatchedWriterOptions<number>) {
    super(pending, options);
  }

  add(row: number): void {
    this.pending.push(row);
    this.added();
  }
}

/** A writer over a list of numbers whose writes are recorded, can be made to fail, and can be held open. */
const harness = (options: { flushMs?: number; maxBatch?: number } = {}) => {
  const pending = new PendingList<number>();
  const batches: number[][] = [];
  let failuresLeft = 0;
  const failOnceWith = new Set<number>();
  const refused = new Set<number>();
  let onRefusal = () => {};
  let concurrent = 0;
  let maxConcurrent = 0;
  let hold: Promise<void> | null = null;
  const writer = new NumberWriter(pending, {
    what: "numbers",
    flushMs: options.flushMs ?? 60_000,
    maxBatch: options.maxBatch ?? 100,
    write: async (rows) => {
      concurrent += 1;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      try {
        if (hold) await hold;
        if (failuresLeft > 0 || rows.some((r) => failOnceWith.delete(r))) {
          failuresLeft = Math.max(0, failuresLeft - 1);
          throw new Error("database down");
        }
        if (rows.some((r) => refused.has(r))) {
          onRefusal();
          // As drizzle reports it: the driver's error, with its SQLSTATE, as the cause.
          throw new Error("insert violates foreign key constraint", { cause: { code: "23503" } });
        }
        batches.push(rows);
      } finally {
        concurrent -= 1;
      }
    },
  });
  const add = (...rows: number[]) => {
    for (const row of rows) writer.add(row);
  };
  return {
    writer, pending, batches, add,
    written: () => batches.flat(),
    failNext: (n: number) => (failuresLeft = n),
    /** The first write of a batch holding `row` fails. */
    failOnceWith: (row: number) => failOnceWith.add(row),
    /** Every write of a batch holding `row` is refused for its data (a foreign key), as Postgres would. */
    refuse: (row: number) => refused.add(row),
    whenRefused: (f: () => void) => (onRefusal = f),
    holdWrites: () => {
      let release!: () => void;
      hold = new Promise<void>((resolve) => (release = resolve));
      return () => {
        hold = null;
        release();
      };
    },
    maxConcurrent: () => maxConcurrent,
  };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let quiet: jest.SpyInstance;
beforeEach(() => {
  quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => quiet.mockRestore());

describe("batched writer", () => {
  it("writes what waits in one batch when the timer fires, not row by row", async () => {
    const h = harness({ flushMs: 20 });
    h.add(1, 2, 3);
    expect(h.batches).toEqual([]);
    await sleep(80);
    expect(h.batches).toEqual([[1, 2, 3]]);
    h.add(4);
    await sleep(80);
    expect(h.batches).toEqual([[1, 2, 3], [4]]);
  });

  it("starts a flush at the size cap and never sends more than the cap in one statement", async () => {
    const h = harness({ maxBatch: 3 });
    h.add(1, 2);
    expect(h.batches).toEqual([]);
    h.add(3); // the cap: written without waiting for the timer
    await h.writer.flush();
    expect(h.batches).toEqual([[1, 2, 3]]);

    // Rows that piled up (say during an outage) go out in statements of at most the cap.
    const release = h.holdWrites();
    h.add(4, 5, 6); // the cap again: a write starts, and is held
    h.add(7, 8, 9, 10, 11, 12, 13);
    release();
    await h.writer.flush();
    expect(h.batches).toEqual([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12], [13]]);
  });

  it("puts a failed batch back and writes it, in order, with the next flush", async () => {
    const h = harness();
    h.add(1, 2);
    h.failNext(1);
    await h.writer.flush(); // fails: kept
    expect(h.batches).toEqual([]);
    expect(h.pending.size).toBe(2);
    h.add(3);
    await h.writer.flush();
    expect(h.batches).toEqual([[1, 2, 3]]);
  });

  it("retries a failed batch on its own timer, without a new row to trigger it", async () => {
    const h = harness({ flushMs: 20, maxBatch: 2 });
    h.failNext(1);
    h.add(1, 2); // the cap: the write starts and fails
    await sleep(80);
    expect(h.batches).toEqual([[1, 2]]);
  });

  it("puts back only what was not written when a later statement of a flush fails", async () => {
    const h = harness({ maxBatch: 2 });
    h.failOnceWith(3);
    for (const row of [1, 2, 3, 4, 5]) h.pending.push(row); // piled up, as after an outage
    await h.writer.flush(); // [1, 2] is written, [3, 4] fails
    expect(h.batches).toEqual([[1, 2]]);
    expect(h.pending.take()).toEqual([3, 4, 5]); // 1 and 2 are not put back to be written twice
  });

  it("drops only the rows the database refuses for their values, and writes the others of their batch", async () => {
    const h = harness();
    h.refuse(3);
    h.refuse(6);
    h.add(1, 2, 3, 4, 5, 6, 7, 8);
    await h.writer.flush();
    expect(h.written().sort()).toEqual([1, 2, 4, 5, 7, 8]);
    expect(h.pending.size).toBe(0);
    expect(quiet.mock.calls.filter(([message]) => String(message).includes("dropped")).map((call) => call[2])).toEqual([3, 6]);
    h.add(9); // nothing held back behind them
    await h.writer.flush();
    expect(h.written()).toContain(9);
  });

  it("keeps the unwritten part of a refused batch when the database goes down while it is being split", async () => {
    const h = harness();
    h.refuse(2);
    h.whenRefused(() => h.failNext(1)); // the first half's write meets the outage
    h.add(1, 2, 3, 4);
    await h.writer.flush();
    expect(h.batches).toEqual([]);
    expect(h.pending.take()).toEqual([1, 2, 3, 4]);
  });

  it("loses and repeats nothing when rows arrive and flushes are asked for while a batch is written", async () => {
    const h = harness({ maxBatch: 5 });
    const release = h.holdWrites();
    const flushes: Promise<void>[] = [];
    for (let i = 1; i <= 40; i++) {
      h.add(i);
      if (i % 7 === 0) flushes.push(h.writer.flush());
      if (i === 20) release();
      await Promise.resolve();
    }
    flushes.push(h.writer.flush());
    await Promise.all(flushes);
    expect(h.written()).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(h.maxConcurrent()).toBe(1); // flushes never overlap
    expect(h.batches.every((b) => b.length <= 5)).toBe(true);
  });

  it("close writes what is left at once, and rows added after it are written too", async () => {
    const h = harness({ flushMs: 60_000 });
    h.add(1, 2);
    await h.writer.close();
    expect(h.batches).toEqual([[1, 2]]);
    h.add(3); // no timer after close: written without being asked
    await sleep(0);
    expect(h.written()).toEqual([1, 2, 3]);
  });
});

describe("pending list", () => {
  it("hands rows over once and takes a failed batch back in front of newer rows", () => {
    const list = new PendingList<string>();
    list.push("a");
    list.push("b");
    const taken = list.take();
    expect(list.size).toBe(0);
    list.push("c");
    list.restore(taken);
    expect(list.take()).toEqual(["a", "b", "c"]);
  });

  it("keeps at most its limit of rows, turns newer ones away, and says how many", () => {
    const list = new PendingList<string>("searches", 2);
    for (const row of ["a", "b", "c", "d"]) list.push(row);
    expect(list.size).toBe(2);
    expect(list.take()).toEqual(["a", "b"]);
    expect(quiet.mock.calls.map((call) => call[0])).toEqual([
      "2 searches already wait for the database; newer ones are not kept until they are written",
      "2 searches were not kept while the database could not take them",
    ]);
    list.push("e"); // room again once taken
    expect(list.take()).toEqual(["e"]);
  });
});
