import { rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { failedOutboxEntries, releaseOutboxBackoff } from "@/db/queries/search-outbox";
import { seedDemoData } from "@/db/seed";
import { createSearchTarget, productsIndexUid, type SearchTarget } from "@/lib/search/client";
import { ensureProductsIndex } from "@/lib/search/ensure-index";
import { searchHealth } from "@/lib/search/health";
import { drainSearchOutbox } from "@/lib/search/outbox-drain";
import { runSearchWorker } from "@/lib/search/worker";
import type { ManagedChild } from "@/scripts/engines/children";
import { startMeilisearch } from "@/scripts/engines/meilisearch";
import { freePort } from "@/scripts/engines/ports";
import { makeEngineTempDir } from "@/scripts/engines/temp-dir";
import {
  anyCategoryId, createProduct, firstVerifiedBusiness, indexedDocument, kabupatenId, outboxRows, pendingOutboxCount, updateProduct,
} from "./search-helpers";

jest.setTimeout(120_000);

// This file runs its own Meilisearch, so it can stop and restart it without disturbing the other files.
const MASTER_KEY = "outage-test-master-key-0123456789";
const dir = makeEngineTempDir("pasar-search-outage-");
let port: number;
let meili: ManagedChild | null = null;
let target: SearchTarget;
const meiliLog: string[] = [];

const startMeili = async () => {
  const started = await startMeilisearch({ dataDir: path.join(dir, "meili"), port, masterKey: MASTER_KEY, log: (l) => meiliLog.push(l) });
  meili = started.child;
  return started.host;
};
const stopMeili = async () => {
  await meili?.stop();
  meili = null;
};

const drain = () => drainSearchOutbox(db, { search: target, batchSize: 100 });

/** Polls until `check` holds (the worker runs on its own clock); fails after a generous deadline, never on speed. */
const eventually = async (check: () => Promise<boolean>, what: string, deadlineMs = 30_000) => {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`never happened: ${what}`);
};

/**
 * Stands where the stopped Meilisearch was and counts the connections made to its port: each one is a probe
 * of the worker's, refused at once, so the test can wait for retries instead of sleeping and hoping.
 */
const listenInPlaceOfMeili = async () => {
  let connections = 0;
  const server = net.createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  return { connections: () => connections, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
};

let businessId: string;
let categoryId: string;
let originRegionId: string;

beforeAll(async () => {
  port = await freePort();
  const host = await startMeili();
  target = createSearchTarget({ host, apiKey: MASTER_KEY, indexPrefix: "outage_" });
  await seedDemoData(db, { now: new Date("2026-06-01T02:00:00Z") });
  ({ id: businessId } = await firstVerifiedBusiness(db));
  categoryId = await anyCategoryId(db);
  originRegionId = await kabupatenId(db);
  await ensureProductsIndex(db, { search: target });
});

afterAll(async () => {
  await stopMeili();
  rmSync(dir, { recursive: true, force: true });
});

describe("the outbox when Meilisearch goes away", () => {
  it("keeps every write while Meilisearch is stopped and applies them all once it is back on the same data", async () => {
    const kept = await createProduct(db, { businessId, categoryId, originRegionId, title: "Susu Kuda Liar Bima Sebelum Padam" });
    const archived = await createProduct(db, { businessId, categoryId, originRegionId, title: "Dodol Rumput Laut Akan Diarsip" });
    await drain();
    expect(await indexedDocument(target, kept)).not.toBeNull();
    expect(await indexedDocument(target, archived)).not.toBeNull();
    expect((await searchHealth({ search: target, fresh: true })).degraded).toBe(false);

    await stopMeili();
    expect(await searchHealth({ search: target, fresh: true })).toMatchObject({ degraded: true, reason: "unreachable" });

    // Writes elsewhere still succeed: they only add outbox rows.
    await updateProduct(db, kept, { title: "Susu Kuda Liar Bima Saat Padam" });
    await updateProduct(db, archived, { status: "archived" });
    const created = await createProduct(db, { businessId, categoryId, originRegionId, title: "Madu Sumbawa Ditulis Saat Padam" });

    const failed = await drain();
    expect(failed).toMatchObject({ claimed: 3, processed: 0, failed: 3, upserted: 0, deleted: 0 });
    expect(failed.error).toBeTruthy();
    const pending = (await outboxRows(db)).filter((r) => r.processedAt === null);
    expect(pending).toHaveLength(3);
    for (const row of pending) {
      expect(row).toMatchObject({ attempts: 1, lastError: expect.any(String) });
      expect(row.availableAt.getTime()).toBeGreaterThan(row.createdAt.getTime());
    }
    expect((await failedOutboxEntries(db)).map((e) => e.entityId).sort()).toEqual([kept, archived, created].sort());

    // Backed off: an immediate second drain finds nothing due and spends no attempt.
    expect(await drain()).toMatchObject({ claimed: 0 });

    // A second failure doubles the wait (1 s, then 2 s).
    await releaseOutboxBackoff(db);
    await drain();
    const [{ secs }] = (await db.execute(
      sql`SELECT min(extract(epoch FROM available_at - clock_timestamp()))::float AS secs FROM search_outbox WHERE processed_at IS NULL`,
    )) as unknown as [{ secs: number }];
    expect((await outboxRows(db)).filter((r) => r.processedAt === null).every((r) => r.attempts === 2)).toBe(true);
    expect(secs).toBeGreaterThan(1);

    await startMeili();
    expect((await searchHealth({ search: target, fresh: true })).degraded).toBe(false);
    await releaseOutboxBackoff(db); // what the worker does when it sees search come back
    expect(await drain()).toMatchObject({ claimed: 3, processed: 3, failed: 0, upserted: 2, deleted: 1 });

    expect(await indexedDocument(target, kept)).toMatchObject({ title: "Susu Kuda Liar Bima Saat Padam" });
    expect(await indexedDocument(target, archived)).toBeNull();
    expect(await indexedDocument(target, created)).toMatchObject({ title: "Madu Sumbawa Ditulis Saat Padam" });
    expect(await pendingOutboxCount(db)).toBe(0);
    expect(await failedOutboxEntries(db)).toEqual([]);
    // The documents indexed before the outage survived the restart too.
    const { numberOfDocuments } = await target.client.index(productsIndexUid(target)).getStats();
    expect(numberOfDocuments).toBeGreaterThan(300);
  });

  it("keeps a running worker alive through a restart: it logs the outage once and catches up afterwards", async () => {
    const lines: string[] = [];
    const controller = new AbortController();
    const worker = runSearchWorker({ signal: controller.signal, db, search: target, retryMs: 100, log: (l) => lines.push(l) });
    try {
      const before = await createProduct(db, { businessId, categoryId, originRegionId, title: "Tenun Pringgasela Sebelum Restart" });
      await eventually(async () => (await indexedDocument(target, before)) !== null, "the worker indexes a new product");

      await stopMeili();
      const during = await createProduct(db, { businessId, categoryId, originRegionId, title: "Tenun Pringgasela Saat Restart" });
      await updateProduct(db, before, { status: "archived" });
      await eventually(async () => lines.some((l) => /unreachable|unavailable/.test(l)), "the worker notices the outage");
      const stand = await listenInPlaceOfMeili();
      try {
        await eventually(async () => stand.connections() >= 3, "the worker retries several times while search is down");
      } finally {
        await stand.close();
      }
      expect(lines.filter((l) => /unreachable|unavailable/.test(l))).toHaveLength(1); // …and logs the outage once

      await startMeili();
      await eventually(async () => (await indexedDocument(target, during)) !== null, "the product written during the outage is indexed");
      await eventually(async () => (await indexedDocument(target, before)) === null, "the product archived during the outage leaves");
      await eventually(async () => (await pendingOutboxCount(db)) === 0, "the outbox is empty");
      expect(lines.some((l) => /search is back/.test(l))).toBe(true);
    } finally {
      controller.abort();
      await worker;
    }
  });
});
