/**
 * `npm run bench:request-cost`: the fixed cost of one request through `next start` (issue 16). GET /api/health runs
 * one `SELECT 1`; the same query is timed in-process on the same kind of pool, and through a bare node:http server
 * in its own process (what a route outside Next's request pipeline would give). Sequential latency interleaved
 * (one client), then throughput with 8 clients. Needs a production build (`npm run build:test`; BENCH_DIST_DIR for
 * another). BENCH_CPU_PROF=<dir> starts Next with --cpu-prof, runs only /api/health under load, and prints the
 * profile's top frames by self time (bench/cpu-profile-top.ts). Numbers are for reading, never asserted.
 */
import { rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { sql as dsql } from "drizzle-orm";
import { createPool } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedDemoData } from "../db/seed";
import { spawnManaged, stopAllChildren, waitUntilReady } from "../scripts/engines/children";
import { startMeilisearch } from "../scripts/engines/meilisearch";
import { freePort } from "../scripts/engines/ports";
import { ensureDatabase, startPostgres } from "../scripts/engines/postgres";
import { makeEngineTempDir } from "../scripts/engines/temp-dir";
import { topFrames } from "./cpu-profile-top";
import { percentile } from "./timing";

const ROUNDS = 1_000;
const CONCURRENCY = 8;
const THROUGHPUT_SECONDS = 10;

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
agent.on("free", (socket) => socket.setNoDelay(true));
/** GET over a kept-alive socket with Nagle off (fetch from this process would add its own stalls, as in search-api.ts). */
const get = (url: string) =>
  new Promise<void>((resolve, reject) => {
    const request = http.get(url, { agent }, (response) => {
      response.resume();
      response.on("end", () => ((response.statusCode ?? 500) === 200 ? resolve() : reject(new Error(`${url} answered ${response.statusCode}`))));
    });
    request.on("error", reject);
  });

const now = () => Number(process.hrtime.bigint()) / 1e6;
const summary = (times: number[]) => ({ p50: percentile(times, 50), p95: percentile(times, 95), mean: times.reduce((a, b) => a + b, 0) / times.length });

const main = async () => {
  const dir = makeEngineTempDir("pasar-bench-request-");
  const profileDir = process.env.BENCH_CPU_PROF;
  try {
    const pg = await startPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), password: "bench-password", log: () => undefined });
    const masterKey = "bench-master-key-0123456789";
    const meili = await startMeilisearch({ dataDir: path.join(dir, "meili"), port: await freePort(), masterKey, log: () => undefined });
    await ensureDatabase(pg.url("postgres"), "bench");
    await migrateDatabase(pg.url("bench"));
    const { db, sql } = createPool(pg.url("bench"), 10, { statementTimeoutMs: 0 });
    await seedDemoData(db, { now: new Date(), password: "bench-password-123" });

    const port = await freePort();
    const appUrl = `http://127.0.0.1:${port}`;
    const env = { ...process.env, DATABASE_URL: pg.url("bench"), MEILI_HOST: meili.host, MEILI_MASTER_KEY: masterKey, MEILI_INDEX_PREFIX: "", NEXT_TELEMETRY_DISABLED: "1" };
    const profileArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
    const next = spawnManaged("next", process.execPath, [...profileArgs, path.join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port)], {
      env: { ...env, NODE_ENV: "production", NEXT_DIST_DIR: process.env.BENCH_DIST_DIR ?? ".next-test", NEXTAUTH_SECRET: "bench-nextauth-secret-0123456789", NEXTAUTH_URL: appUrl },
      onOutput: () => undefined,
    });
    await waitUntilReady(next, async () => (await fetch(`${appUrl}/api/health`)).ok, 60_000);
    const barePort = await freePort();
    const bare = spawnManaged("bare", process.execPath, ["--import", "tsx", path.join("bench", "bare-health-server.ts")], {
      env: { ...env, NODE_ENV: "production", PORT: String(barePort) },
      onOutput: () => undefined,
    });
    await waitUntilReady(bare, async () => (await fetch(`http://127.0.0.1:${barePort}/`)).ok, 30_000);

    const senders: Record<string, () => Promise<void>> = {
      "GET /api/health (next start, HTTP)": () => get(`${appUrl}/api/health`),
      "GET / on a bare node:http server, same SELECT 1 (own process)": () => get(`http://127.0.0.1:${barePort}/`),
      "SELECT 1 in-process (postgres pool, no HTTP)": async () => {
        await db.execute(dsql`select 1`);
      },
    };
    const names = Object.keys(senders).filter((name) => !profileDir || name.startsWith("GET /api/health"));
    for (const name of names) for (let i = 0; i < 200; i += 1) await senders[name]!(); // warm-up

    const times = new Map(names.map((n) => [n, [] as number[]]));
    if (!profileDir) {
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const name of round % 2 === 0 ? names : [...names].reverse()) {
          const start = now();
          await senders[name]!();
          times.get(name)!.push(now() - start);
        }
      }
    }
    const rates = new Map<string, number>();
    for (const name of names.filter((n) => n.startsWith("GET"))) {
      const until = now() + THROUGHPUT_SECONDS * 1000;
      let done = 0;
      await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
        while (now() < until) {
          await senders[name]!();
          done += 1;
        }
      }));
      rates.set(name, done / THROUGHPUT_SECONDS);
    }
    await sql.end();
    // Stopped before printing: Next writes its --cpu-prof file only on exit (the finally's stop is for errors).
    await stopAllChildren();

    const cpus = os.cpus();
    process.stdout.write(`command: npm run bench:request-cost${profileDir ? ` (BENCH_CPU_PROF=${profileDir})` : ""}\n`);
    process.stdout.write(`machine: ${cpus.length} × ${cpus[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}\n`);
    process.stdout.write(`latency: ${ROUNDS} rounds, one client, interleaved; throughput: ${CONCURRENCY} clients for ${THROUGHPUT_SECONDS} s\n\nwhat | p50 ms | p95 ms | mean ms | req/s\n---|---|---|---|---\n`);
    for (const name of names) {
      const t = times.get(name)!;
      const s = t.length > 0 ? summary(t) : null;
      process.stdout.write(`${name} | ${s ? `${s.p50.toFixed(2)} | ${s.p95.toFixed(2)} | ${s.mean.toFixed(2)}` : "– | – | –"} | ${rates.get(name)?.toFixed(0) ?? ""}\n`);
    }
    if (profileDir) process.stdout.write(`\n${topFrames(profileDir, 25)}\n`);
  } finally {
    await stopAllChildren();
    rmSync(dir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
