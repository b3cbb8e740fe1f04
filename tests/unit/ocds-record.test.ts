import { buildRecord, buildReleases, compileReleases, releaseUrlOf } from "@/lib/domain/ocds/build-process";
import { emptyValuePaths } from "@/lib/domain/ocds/empty-values";
import { packageJsonChunks } from "@/lib/domain/ocds/package-writer";
import { pullFromProducer } from "@/lib/services/ocds/transaction-stream";
import { mergeReleases } from "../fixtures/ocds/merge";
import { at, CONTEXT, deliveredAndPaid, gerabahOrder, order, request } from "../fixtures/ocds/records";

const URI = "https://pasarumk.test/api/v1/ocds/release-package?fiscalYear=2026";

const processes = () => [
  request(),
  deliveredAndPaid({ method: "kkpd_card", status: "refunded", refundedAmountIdr: 50_000, refundedAt: at("2026-03-20T09:00:00"), updatedAt: at("2026-03-20T09:00:00") }),
  request({ orders: [order({ status: "cancelled", cancelledAt: at("2026-03-04T15:00:00") }), gerabahOrder({ status: "declined", declinedAt: at("2026-03-03T09:00:00") })] }),
  request({ orders: [order({ status: "closed", acceptedAt: at("2026-03-03T08:00:00") }), gerabahOrder()], lastAuditAt: at("2026-04-01T10:00:00") }),
];

describe("records", () => {
  it("compile to what merging every release by the OCDS rules gives (so the releases only ever add, never drop)", () => {
    for (const process of processes()) {
      const releases = buildReleases(process, CONTEXT);
      const { id: _id, date: _date, tag, ...compiled } = compileReleases(releases);
      expect(tag).toEqual(["compiled"]);
      expect(compiled).toEqual(mergeReleases(releases));
    }
  });

  it("link each release into the release package by a URL fragment, oldest first, with its date and tags", () => {
    const process = deliveredAndPaid();
    const releases = buildReleases(process, CONTEXT);
    const record = buildRecord(process, CONTEXT, URI);
    expect(record.ocid).toBe(releases[0]!.ocid);
    expect(record.releases).toEqual(releases.map((r) => ({ url: `${URI}#${encodeURIComponent(r.id)}`, date: r.date, tag: r.tag })));
    expect(releaseUrlOf(URI, "ocds-x-PP/1")).toBe(`${URI}#ocds-x-PP%2F1`);
    expect(record.compiledRelease).toMatchObject({ id: releases.at(-1)!.id, date: releases.at(-1)!.date, tag: ["compiled"] });
    expect(emptyValuePaths(record)).toEqual([]);
  });

  it("refuse to compile nothing", () => {
    expect(() => compileReleases([])).toThrow(RangeError);
  });
});

const collect = async (chunks: AsyncIterable<string>) => {
  let text = "";
  for await (const c of chunks) text += c;
  return text;
};

async function* batches<T>(...lists: T[][]) {
  for (const list of lists) yield list;
}

describe("packageJsonChunks", () => {
  it("writes exactly the JSON of the whole package, batch by batch, skipping empty batches", async () => {
    const head = { uri: URI, version: "1.1" };
    const items = [{ a: 1 }, { b: "x\"y" }, { c: [1, 2] }];
    const text = await collect(packageJsonChunks(head, "releases", batches([items[0]!], [], [items[1]!, items[2]!])));
    expect(text).toBe(JSON.stringify({ ...head, releases: items }));
  });

  it("refuses a package with nothing in it rather than closing an empty array", async () => {
    await expect(collect(packageJsonChunks({ uri: URI }, "records", batches([], [])))).rejects.toThrow(/at least one of records/);
    await expect(collect(packageJsonChunks({}, "records", batches([{ a: 1 }])))).rejects.toThrow(RangeError);
  });
});

describe("pullFromProducer", () => {
  it("hands every pushed value over in order, holding at most highWater values in between", async () => {
    let waiting = 0;
    let maxWaiting = 0;
    const values: number[] = [];
    const iterator = pullFromProducer<number>(async (push) => {
      for (let i = 0; i < 10; i += 1) {
        waiting += 1;
        maxWaiting = Math.max(maxWaiting, waiting);
        await push(i);
      }
    }, 2);
    for await (const v of iterator) {
      waiting -= 1;
      values.push(v);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(values).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(maxWaiting).toBeLessThanOrEqual(3);
  });

  it("stops the producer (its push throws) when the reader leaves early, and waits for it to end", async () => {
    let ended: "done" | "threw" | null = null;
    const iterator = pullFromProducer<number>(async (push) => {
      try {
        for (let i = 0; ; i += 1) await push(i);
      } catch (error) {
        ended = "threw";
        throw error;
      }
    }, 1);
    for await (const v of iterator) if (v === 3) break;
    expect(ended).toBe("threw");
  });

  it("passes a producer error to the reader", async () => {
    const iterator = pullFromProducer<number>(async (push) => {
      await push(1);
      throw new Error("database went away");
    });
    await expect(collect((async function* () { for await (const v of iterator) yield String(v); })())).rejects.toThrow("database went away");
  });
});
