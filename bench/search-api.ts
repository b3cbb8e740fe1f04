/**
 * `npm run bench:search`: GET /api/v1/products (the real route handler, over HTTP, on `next start` of the
 * production build in .next-test) against the same multi-search sent straight to Meilisearch, at 100k
 * products, in one run. Prints a table; numbers are for reading, never asserted.
 *
 * Needs a production build in .next-test (`npm run build:test`). BENCH_PRODUCTS overrides the size; BENCH_DIST_DIR
 * points it at another build (e.g. the commit before a change, built into .next-base, for a back-to-back run).
 */
import { rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { sql as dsql } from "drizzle-orm";
import { Meilisearch } from "meilisearch";
import { createPool } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedDemoData } from "../db/seed";
import { createSearchTarget, productsIndexUid } from "../lib/search/client";
import { reindexProducts } from "../lib/search/reindex";
import { buildProductSearchRequests } from "../lib/search/search-products";
import { parseProductSearchQuery } from "../lib/validation/catalog";
import { spawnManaged, stopAllChildren, waitUntilReady } from "../scripts/engines/children";
import { startMeilisearch } from "../scripts/engines/meilisearch";
import { freePort } from "../scripts/engines/ports";
import { ensureDatabase, startPostgres } from "../scripts/engines/postgres";
import { makeEngineTempDir } from "../scripts/engines/temp-dir";

const TARGET_PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const SEQUENTIAL_ROUNDS = 20;
const CONCURRENCY = 8;
const THROUGHPUT_SECONDS = 10;

/** What buyers type: plain words, typos, local synonyms, filters, sorts, deep pages. */
const QUERIES = [
  "q=songket",
  "q=songkit",
  "q=kain+tenun",
  "q=gerabh",
  "q=kopi+tepal",
  "q=madu+sumbawa",
  "q=nasi+kotak&category=Konsumsi+Rapat",
  "q=kaos&sort=price:asc",
  "q=cendera+mata&isUmk=true",
  "kabupaten=Lombok+Tengah&isUmk=true",
  "kabupaten=Lombok+Tengah&kabupaten=Lombok+Timur&scale=mikro",
  "category=Kopi&sort=price:desc",
  "sort=newest",
  "sort=rating&isLocal=true",
  "q=mutiara&minPrice=100000&maxPrice=2000000",
  "q=ketak&page=3",
  "",
  "q=lemari+arsip",
];

// The bench's own calls to Meilisearch go through node:http with Nagle off and the body in the same write as
// the headers: fetch from this (otherwise idle) process showed ~40 ms delayed-ACK stalls on POSTs that the
// Next server's calls did not, which would flatter the API against "raw".
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
agent.on("free", (socket) => socket.setNoDelay(true));
const httpJson = (input: string | URL | Request, init: RequestInit = {}) =>
  new Promise<unknown>((resolve, reject) => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body = typeof init.body === "string" ? init.body : undefined;
    const url = input instanceof Request ? new URL(input.url) : new URL(input);
    const request = http.request(url, { method: init.method ?? "GET", headers: { ...headers, ...(body ? { "content-length": Buffer.byteLength(body) } : {}) }, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        if ((response.statusCode ?? 500) >= 300) reject(new Error(`Meilisearch answered ${response.statusCode}: ${text.slice(0, 200)}`));
        else resolve(text === "" ? undefined : JSON.parse(text));
      });
    });
    request.on("socket", (socket) => socket.setNoDelay(true));
    request.on("error", reject);
    request.end(body);
  });

/** GET through the same client as the raw calls (node:http, keep-alive, Nagle off), so both paths pay one client's cost. */
const httpGet = (url: string) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const request = http.get(url, { agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () => resolve({ status: response.statusCode ?? 500, headers: response.headers, text: Buffer.concat(chunks).toString("utf8") }));
    });
    request.on("socket", (socket) => socket.setNoDelay(true));
    request.on("error", reject);
  });

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const now = () => Number(process.hrtime.bigint()) / 1e6;

type Run = { p50: number; p95: number; mean: number; n: number };
const summarize = (times: number[]): Run => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), mean: times.reduce((a, b) => a + b, 0) / times.length, n: times.length };
};

/**
 * One client, the paths interleaved query by query (alternating which goes first), so a noisy neighbour
 * on the machine slows both alike instead of skewing whichever ran second.
 */
const sequential = async (senders: Array<(qs: string) => Promise<void>>): Promise<Run[]> => {
  for (const send of senders) for (const qs of QUERIES) await send(qs); // warm-up
  const times = senders.map(() => [] as number[]);
  for (let round = 0; round < SEQUENTIAL_ROUNDS; round++) {
    for (const qs of QUERIES) {
      const order = round % 2 === 0 ? senders.map((_, i) => i) : senders.map((_, i) => senders.length - 1 - i);
      for (const i of order) {
        const start = now();
        await senders[i]!(qs);
        times[i]!.push(now() - start);
      }
    }
  }
  return times.map(summarize);
};

const throughput = async (send: (qs: string) => Promise<void>) => {
  const until = now() + THROUGHPUT_SECONDS * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      for (let i = worker; now() < until; i++) {
        await send(QUERIES[i % QUERIES.length]!);
        done++;
      }
    }),
  );
  return done / THROUGHPUT_SECONDS;
};

const main = async () => {
  const dir = makeEngineTempDir("pasar-bench-search-");
  const log = (line: string) => process.stderr.write(`${line}\n`);
  try {
    const pg = await startPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), password: "bench-password", log: () => undefined });
    const masterKey = "bench-master-key-0123456789";
    const meili = await startMeilisearch({ dataDir: path.join(dir, "meili"), port: await freePort(), masterKey, log: () => undefined });
    await ensureDatabase(pg.url("postgres"), "bench");
    await migrateDatabase(pg.url("bench"));
    const { db, sql } = createPool(pg.url("bench"), 8, { statementTimeoutMs: 0 });
    await seedDemoData(db, { now: new Date(), password: "bench-password-123" });

    // Multiply the seeded catalog (real NTB titles, sellers, categories) into TARGET_PRODUCTS rows with
    // varied sizes, prices and stock, as if many more sellers listed the same kinds of goods.
    let t = now();
    const [{ n: seeded }] = (await db.execute<{ n: number }>(dsql`SELECT count(*)::int AS n FROM products`)) as unknown as [{ n: number }];
    const copies = Math.max(0, Math.ceil((TARGET_PRODUCTS - seeded) / seeded));
    await db.execute(dsql`
      INSERT INTO products (business_id, category_id, title, description, unit, price_idr, stock, min_order, lead_time_days, origin_region_id, is_local, tkdn_percent, status, created_at)
      SELECT p.business_id, p.category_id,
             p.title || ' ' || (ARRAY['Seri','Edisi','Paket','Ukuran','Tipe'])[1 + (g % 5)] || ' ' || g,
             p.description, p.unit, greatest(500, (p.price_idr * (0.7 + ((g * 37) % 61) / 100.0))::bigint / 500 * 500),
             (g * 13) % 40, p.min_order, p.lead_time_days, p.origin_region_id, p.is_local, p.tkdn_percent, p.status,
             p.created_at - (g || ' minutes')::interval
        FROM products p CROSS JOIN generate_series(1, ${copies}) g
       WHERE p.title NOT LIKE '% Seri %'`);
    await db.execute(dsql`DELETE FROM products WHERE id IN (SELECT id FROM products ORDER BY created_at LIMIT greatest(0, (SELECT count(*) FROM products) - ${TARGET_PRODUCTS}))`);
    const [{ n: total, pub }] = (await db.execute<{ n: number; pub: number }>(dsql`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE p.status = 'active' AND b.verification_status = 'verified')::int AS pub
        FROM products p JOIN businesses b ON b.id = p.business_id`)) as unknown as [{ n: number; pub: number }];
    log(`generated ${total} products (${pub} public) in ${((now() - t) / 1000).toFixed(1)} s`);

    const search = createSearchTarget({ host: meili.host, apiKey: masterKey, indexPrefix: "" });
    t = now();
    const reindex = await reindexProducts(db, { search, batchSize: 5_000 });
    const indexSeconds = (now() - t) / 1000;
    log(`indexed ${reindex.documents} documents in ${indexSeconds.toFixed(1)} s`);

    const port = await freePort();
    const appUrl = `http://127.0.0.1:${port}`;
    const next = spawnManaged("next", process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port)], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: process.env.BENCH_DIST_DIR ?? ".next-test",
        DATABASE_URL: pg.url("bench"),
        MEILI_HOST: meili.host,
        MEILI_MASTER_KEY: masterKey,
        MEILI_INDEX_PREFIX: "",
        NEXTAUTH_SECRET: "bench-nextauth-secret-0123456789",
        NEXTAUTH_URL: appUrl,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      onOutput: () => undefined,
    });
    await waitUntilReady(next, async () => (await fetch(`${appUrl}/api/health`)).ok, 60_000);

    const serviceTimes: number[] = [];
    const api = async (qs: string) => {
      const response = await httpGet(`${appUrl}/api/v1/products?${qs}`);
      const dur = /search;dur=([\d.]+)/.exec(String(response.headers["server-timing"] ?? ""))?.[1];
      if (dur) serviceTimes.push(Number(dur));
      const body = JSON.parse(response.text) as { degraded?: boolean };
      if (response.status !== 200 || body.degraded) throw new Error(`API answered ${response.status} degraded=${body.degraded} for ${qs}`);
    };
    const uid = productsIndexUid(search);
    const rawBodies = new Map(QUERIES.map((qs) => [qs, JSON.stringify({ queries: buildProductSearchRequests(uid, parseProductSearchQuery(new URLSearchParams(qs))) })]));
    const raw = async (qs: string) => {
      await httpJson(new URL("/multi-search", meili.host), {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${masterKey}` },
        body: rawBodies.get(qs)!,
      });
    };

    // Fair exposure (issue 13): a relevance search fetches a rotation window (≥ 48 hits with ranking scores)
    // instead of just its page. The same multi-search with the page only, to show what the window costs Meilisearch.
    const pageOnlyBodies = new Map(QUERIES.map((qs) => {
      const params = parseProductSearchQuery(new URLSearchParams(qs));
      const [main, ...rest] = buildProductSearchRequests(uid, params);
      const { showRankingScore: _score, ...plain } = main!;
      return [qs, JSON.stringify({ queries: [{ ...plain, page: params.page, hitsPerPage: params.perPage }, ...rest] })];
    }));
    const rawPageOnly = async (qs: string) => {
      await httpJson(new URL("/multi-search", meili.host), {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${masterKey}` },
        body: pageOnlyBodies.get(qs)!,
      });
    };

    const health = async () => {
      await httpGet(`${appUrl}/api/health`);
    };

    // In-process: the service itself, same engines, no HTTP and no Next (server-only resolves to nothing
    // under the react-server condition the npm script passes).
    process.env.DATABASE_URL = pg.url("bench");
    process.env.MEILI_HOST = meili.host;
    process.env.MEILI_MASTER_KEY = masterKey;
    process.env.MEILI_INDEX_PREFIX = "";
    const { searchCatalog } = await import("../lib/services/catalog/search-catalog");
    const inProcessTarget = { client: new Meilisearch({ host: meili.host, apiKey: masterKey, httpClient: httpJson }), indexPrefix: "" };
    const parsed = new Map(QUERIES.map((qs) => [qs, parseProductSearchQuery(new URLSearchParams(qs))]));
    const inProcess = async (qs: string) => {
      const result = await searchCatalog(null, parsed.get(qs)!, { log: false, search: inProcessTarget });
      if (result.degraded) throw new Error("in-process search degraded");
    };

    const rows: string[] = [];
    const [apiSeq, rawSeq, healthSeq, inProcessSeq, pageOnlySeq] = (await sequential([api, raw, health, inProcess, rawPageOnly])) as [Run, Run, Run, Run, Run];
    const serviceSeq = summarize(serviceTimes.slice(QUERIES.length)); // without the warm-up
    const apiRps = await throughput(api);
    const rawRps = await throughput(raw);
    const fmt = (r: Run) => `${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.mean.toFixed(1)}`;
    rows.push(`GET /api/v1/products (next start, HTTP) | ${fmt(apiSeq)} | ${apiRps.toFixed(0)}`);
    rows.push(`same multi-search straight to Meilisearch | ${fmt(rawSeq)} | ${rawRps.toFixed(0)}`);
    rows.push(`same, the page only instead of the rotation window (sort=relevance: ≥ 48 hits + scores) | ${fmt(pageOnlySeq)} | `);
    rows.push(`API overhead (difference) | ${(apiSeq.p50 - rawSeq.p50).toFixed(1)} | ${(apiSeq.p95 - rawSeq.p95).toFixed(1)} | ${(apiSeq.mean - rawSeq.mean).toFixed(1)} | `);
    rows.push(`searchCatalog in-process (no HTTP, no Next, no demand log) | ${fmt(inProcessSeq)} | `);
    rows.push(`of which inside the handler: validate + searchCatalog (Server-Timing) | ${fmt(serviceSeq)} | `);
    rows.push(`baseline: GET /api/health (a Next route doing SELECT 1) | ${fmt(healthSeq)} | `);
    // The app buffers the demand log in memory; a clean stop (SIGTERM) writes the rest before it exits.
    await next.stop();
    const logged = (await db.execute<{ n: number }>(dsql`SELECT count(*)::int AS n FROM search_queries`)) as unknown as [{ n: number }];
    await sql.end();

    const cpus = os.cpus();
    process.stdout.write(
      `command: npm run bench:search (BENCH_PRODUCTS=${TARGET_PRODUCTS})\n` +
        `machine: ${cpus.length} × ${cpus[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, node ${process.version}\n` +
        `catalog: ${total.toLocaleString("en")} products, ${reindex.documents.toLocaleString("en")} public documents indexed in ${indexSeconds.toFixed(1)} s\n` +
        `latency: ${QUERIES.length} queries × ${SEQUENTIAL_ROUNDS} rounds, one client; throughput: ${CONCURRENCY} concurrent clients for ${THROUGHPUT_SECONDS} s\n` +
        `(the API path includes validation, the search-health check, the Meilisearch multi-search and buffering the demand-log row; ` +
        `${logged[0].n.toLocaleString("en")} searches logged, counted after the app's clean stop)\n` +
        `(the demand log is written in batches, every 5 s or 1,000 searches: a crash would lose at most that one batch)\n\n` +
        `what | p50 ms | p95 ms | mean ms | req/s\n---|---|---|---|---\n${rows.join("\n")}\n`,
    );
  } finally {
    await stopAllChildren();
    rmSync(dir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
