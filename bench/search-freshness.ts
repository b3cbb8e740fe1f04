/**
 * `npx tsx bench/search-freshness.ts [writes=200] [ratePerSecond=10]`: commit-to-searchable freshness through
 * the outbox and the worker, on real engines in a temp folder. Each write changes a product's title to a
 * unique word and queues it in the same transaction (as the product service does); the clock runs from
 * COMMIT until a search for that word finds the product. The worker runs as its own process (`npm run
 * worker`), as in production. Prints p50/p95; numbers are for reading, never asserted.
 */
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { createPool } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { enqueueProductSync } from "../db/queries/search-outbox";
import { businesses, products } from "../db/schema";
import { seedDemoData } from "../db/seed";
import { createSearchTarget, productsIndex } from "../lib/search/client";
import { ensureProductsIndex } from "../lib/search/ensure-index";
import { spawnManaged, stopAllChildren } from "../scripts/engines/children";
import { startMeilisearch } from "../scripts/engines/meilisearch";
import { freePort } from "../scripts/engines/ports";
import { ensureDatabase, startPostgres } from "../scripts/engines/postgres";
import { makeEngineTempDir } from "../scripts/engines/temp-dir";

const writes = Number(process.argv[2] ?? 200);
const ratePerSecond = Number(process.argv[3] ?? 10);
const POLL_MS = 5;
const GIVE_UP_MS = 30_000;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const main = async () => {
  const dir = makeEngineTempDir("pasar-bench-freshness-");
  try {
    const pg = await startPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), password: "bench-password", log: () => undefined });
    const masterKey = "bench-master-key-0123456789";
    const meili = await startMeilisearch({ dataDir: path.join(dir, "meili"), port: await freePort(), masterKey, log: () => undefined });
    await ensureDatabase(pg.url("postgres"), "bench");
    const databaseUrl = pg.url("bench");
    await migrateDatabase(databaseUrl);
    const { db, sql } = createPool(databaseUrl, 16, { statementTimeoutMs: 0 });
    await seedDemoData(db, { now: new Date() });
    const search = createSearchTarget({ host: meili.host, apiKey: masterKey, indexPrefix: "bench_" });
    const ensured = await ensureProductsIndex(db, { search });

    // The clock starts once the worker has ensured the index (it finds it complete) and begun draining.
    let draining: () => void = () => {};
    const workerReady = new Promise<void>((resolve) => (draining = resolve));
    const worker = spawnManaged("worker", process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, MEILI_HOST: meili.host, MEILI_MASTER_KEY: masterKey, MEILI_INDEX_PREFIX: "bench_" },
      onOutput: (line) => {
        process.stderr.write(`[worker] ${line}\n`);
        if (line.includes("draining the outbox")) draining();
      },
    });
    await workerReady;

    const ids = (
      await db
        .select({ id: products.id })
        .from(products)
        .innerJoin(businesses, eq(businesses.id, products.businessId))
        .where(eq(businesses.verificationStatus, "verified"))
    )
      .map((r) => r.id)
      .slice(0, 150);
    const index = productsIndex(search);

    const measure = async (i: number) => {
      const word = `segarx${i.toString(36)}q${Math.random().toString(36).slice(2, 7)}`;
      const id = ids[i % ids.length]!;
      await db.transaction(async (tx) => {
        await tx.update(products).set({ title: `Kopi Tambora ${word}`, status: "active", updatedAt: new Date() }).where(eq(products.id, id));
        await enqueueProductSync(tx, [id]);
      });
      const committed = performance.now();
      for (;;) {
        const { hits } = await index.search(word, { limit: 1, attributesToRetrieve: ["id"], matchingStrategy: "all" });
        if (hits[0]?.id === id) return performance.now() - committed;
        if (performance.now() - committed > GIVE_UP_MS) throw new Error(`write ${i} never became searchable`);
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    };

    const gapMs = 1000 / ratePerSecond;
    const started = performance.now();
    const latencies = await Promise.all(
      Array.from({ length: writes }, async (_, i) => {
        // Evenly spaced writes with jitter, so they land at every phase of the worker's idle pause.
        await new Promise((r) => setTimeout(r, i * gapMs + Math.random() * gapMs));
        return measure(i);
      }),
    );
    const tookS = (performance.now() - started) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;

    // Where the time goes inside Meilisearch: waiting in its queue, then applying the task.
    const tasks = (await search.client.tasks.getTasks({ indexUids: [index.uid], types: ["documentAdditionOrUpdate"], limit: 1_000 })).results
      .filter((t) => t.startedAt && t.finishedAt)
      .slice(0, writes);
    const queued = tasks.map((t) => Date.parse(t.startedAt!) - Date.parse(t.enqueuedAt)).sort((a, b) => a - b);
    const applying = tasks.map((t) => Date.parse(t.finishedAt!) - Date.parse(t.startedAt!)).sort((a, b) => a - b);

    await worker.stop();
    await sql.end();
    process.stdout.write(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}\n`);
    process.stdout.write(
      `index: ${ensured.documents} products; ${writes} writes at ~${ratePerSecond}/s over ${tookS.toFixed(1)} s; worker idle pause 250 ms; search polled every ${POLL_MS} ms\n`,
    );
    process.stdout.write(`what | result\n---|---\n`);
    process.stdout.write(
      `commit-to-searchable through outbox + worker | p50 ${percentile(sorted, 50).toFixed(0)} ms · p95 ${percentile(sorted, 95).toFixed(0)} ms · ` +
        `p99 ${percentile(sorted, 99).toFixed(0)} ms · max ${sorted.at(-1)!.toFixed(0)} ms · mean ${mean.toFixed(0)} ms\n`,
    );
    process.stdout.write(
      `Meilisearch, per drain task (${tasks.length} tasks) | queued p50 ${percentile(queued, 50)} ms · p95 ${percentile(queued, 95)} ms; ` +
        `applying p50 ${percentile(applying, 50)} ms · p95 ${percentile(applying, 95)} ms\n`,
    );
  } finally {
    await stopAllChildren();
    rmSync(dir, { recursive: true, force: true });
  }
};

main().catch(async (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  await stopAllChildren();
  process.exitCode = 1;
});
