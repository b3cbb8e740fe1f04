/**
 * `npm run bench:procurement`: concurrent submit+approve throughput (one hot product; many products), a 1000-way
 * burst of approvals on one hot product and a budget line near its ceiling (bench/procurement-burst.ts), and the
 * compliance summary over 1M order lines beside a raw single-pass SQL aggregate of the same data, on a real
 * Postgres in a temp folder. Prints a table for bench/RESULTS.md; numbers are for reading, never asserted —
 * except the burst's oversold units and over-committed rupiah, which must be 0 (the run exits 1 otherwise).
 */
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../db/migrate";
import { stopAllChildren } from "../scripts/engines/children";
import { freePort } from "../scripts/engines/ports";
import { ensureDatabase, startPostgres } from "../scripts/engines/postgres";
import { makeEngineTempDir } from "../scripts/engines/temp-dir";
import { median, time } from "./timing";
import { formatWaits, startWaitSampler } from "./wait-sampler";

const CONCURRENCY = 16;
/** BENCH_SAMPLE_WAITS=1: also print what the backends were doing during each concurrent run (bench/wait-sampler.ts). */
const SAMPLE_WAITS = process.env.BENCH_SAMPLE_WAITS === "1";
const JUSTIFICATION = { code: "technical_spec" as const, text: "Benchmark: spesifikasi teknis hanya dipenuhi penyedia ini." };

const main = async () => {
  const dir = makeEngineTempDir("pasar-bench-proc-");
  try {
    const pg = await startPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), password: "bench-password", log: () => undefined });
    await ensureDatabase(pg.url("postgres"), "bench");
    await migrateDatabase(pg.url("bench"));
    // The services read the pool through lib/env: point it here before their first use.
    process.env.DATABASE_URL = pg.url("bench");
    process.env.DATABASE_POOL_MAX = String(CONCURRENCY);
    // This measures the locking design, not the web timeout: with every approval on one product row and one budget
    // line, waits grow with the queue (and with load on the machine). Set DATABASE_STATEMENT_TIMEOUT_MS=5000 to see
    // the app's default cancel the longest waits as 503 database_unavailable (rolled back, nothing half-written).
    process.env.DATABASE_STATEMENT_TIMEOUT_MS ??= "0";
    const { db, closeDb } = await import("../db/client");
    const { seedDemoData } = await import("../db/seed");
    const { sql } = await import("drizzle-orm");
    const { loadViewer } = await import("../lib/auth/load-viewer");
    const { submitPurchaseRequest } = await import("../lib/services/procurement/submit-purchase-request");
    const { approvePurchaseRequest } = await import("../lib/services/procurement/approve-purchase-request");
    const { complianceSummary } = await import("../lib/services/procurement/compliance-summary");
    const { fiscalYearRange, witaYear } = await import("../lib/domain/time/wita");
    const { runApprovalBurst } = await import("./procurement-burst");
    const { insertMillionOrderLines, REQUESTS } = await import("./million-lines");

    const rows: string[] = [];
    const waits: string[] = [];
    const sampled = async <T>(label: string, run: () => Promise<T>) => {
      if (!SAMPLE_WAITS) return run();
      const stop = startWaitSampler(pg.url("bench"));
      const cpu = process.cpuUsage();
      const start = process.hrtime.bigint();
      try {
        return await run();
      } finally {
        const used = process.cpuUsage(cpu);
        const nodeShare = (used.user + used.system) / 1000 / (Number(process.hrtime.bigint() - start) / 1e6);
        waits.push(`${label} (this Node process on ${(nodeShare * 100).toFixed(0)} % of a core): ${formatWaits(await stop())}`);
      }
    };
    const now = new Date();
    const year = witaYear(now);
    const seeded = await time(() => seedDemoData(db, { now }));
    rows.push(`seedDemoData (with procurement history) | ${seeded.result.purchaseRequests} requests, ${seeded.result.orders} orders | ${seeded.ms.toFixed(0)} ms`);

    const one = async <T>(query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as T[])[0]!;
    const viewer = async (email: string) => {
      const { id } = await one<{ id: string }>(sql`SELECT id FROM users WHERE email = ${email}`);
      return (await loadViewer(db, id))!;
    };
    const buyer = await viewer("pembeli@pasarumk.test");
    const approver = await viewer("ppk@pasarumk.test");
    const auditor = await viewer("auditor@pasarumk.test");
    const { id: dispar } = await one<{ id: string }>(sql`SELECT id FROM opds WHERE short_name = 'Dispar'`);
    const { id: budgetLineId } = await one<{ id: string }>(sql`
      INSERT INTO budget_lines (opd_id, fiscal_year, code, name, ceiling_idr) VALUES (${dispar}, ${year}, '9.9.bench', 'Benchmark', 900000000000000) RETURNING id`);
    const products = (await db.execute(sql`
      SELECT p.id FROM products p JOIN businesses b ON b.id = p.business_id JOIN categories c ON c.id = p.category_id
      WHERE p.status = 'active' AND b.verification_status = 'verified' AND b.is_umk AND NOT c.is_food AND p.min_order = 1 AND p.price_idr <= 1000000
      ORDER BY p.id LIMIT 60`)) as unknown as Array<{ id: string }>;

    /** N workers each submit then approve one request at a time; returns outcomes and wall time. */
    const submitAndApprove = async (total: number, productOf: (i: number) => string) => {
      let next = 0;
      const outcomes = { approved: 0, insufficientStock: 0, other: 0 };
      const latency = { submitMs: 0, submits: 0, approveMs: 0, approves: 0 };
      const run = await time(() =>
        Promise.all(
          Array.from({ length: CONCURRENCY }, async () => {
            while (next < total) {
              const i = next++;
              try {
                const submitted = await time(() => submitPurchaseRequest(buyer, { budgetLineId, purpose: `Benchmark ${i}`, lines: [{ productId: productOf(i), quantity: 1 }], justification: JUSTIFICATION }));
                latency.submitMs += submitted.ms;
                latency.submits += 1;
                const approveStart = process.hrtime.bigint();
                try {
                  await approvePurchaseRequest(approver, submitted.result.id);
                } finally {
                  latency.approveMs += Number(process.hrtime.bigint() - approveStart) / 1e6;
                  latency.approves += 1;
                }
                outcomes.approved += 1;
              } catch (error) {
                const e = error as { code?: string; details?: { reason?: string } };
                if (e.details?.reason === "insufficient_stock") outcomes.insufficientStock += 1;
                else {
                  outcomes.other += 1;
                  if (outcomes.other <= 3) console.error(error);
                }
              }
            }
          }),
        ),
      );
      const means = `mean latency: submit ${(latency.submitMs / Math.max(1, latency.submits)).toFixed(0)} ms, approve ${(latency.approveMs / Math.max(1, latency.approves)).toFixed(0)} ms`;
      return { ...outcomes, ms: run.ms, means };
    };

    const HOT = 400;
    const hot = products[0]!.id;
    await db.execute(sql`UPDATE products SET stock = 300 WHERE id = ${hot}`);
    const hotRun = await sampled("hot product", () => submitAndApprove(HOT, () => hot));
    const { stock: hotStock } = await one<{ stock: number }>(sql`SELECT stock FROM products WHERE id = ${hot}`);
    rows.push(
      `submit+approve, one hot product (stock 300), ${CONCURRENCY} concurrent | ${HOT} requests: ${hotRun.approved} approved, ${hotRun.insufficientStock} × 409 insufficient_stock, ${hotRun.other} other; stock left ${hotStock} | ${(HOT / (hotRun.ms / 1000)).toFixed(0)} requests/s (${hotRun.ms.toFixed(0)} ms; ${hotRun.means})`,
    );

    const MANY = 400;
    await db.execute(sql`UPDATE products SET stock = 1000 WHERE id IN (${sql.join(products.map((p) => sql`${p.id}::uuid`), sql`, `)})`);
    const manyRun = await sampled("60 products", () => submitAndApprove(MANY, (i) => products[i % products.length]!.id));
    rows.push(
      `submit+approve, ${products.length} products, ${CONCURRENCY} concurrent | ${MANY} requests: ${manyRun.approved} approved, ${manyRun.other} other | ${(MANY / (manyRun.ms / 1000)).toFixed(0)} requests/s (${manyRun.ms.toFixed(0)} ms; ${manyRun.means})`,
    );

    const burst = await runApprovalBurst({ buyer, approver, opdId: dispar, fiscalYear: year, productId: products[1]!.id, sampled });
    const refused = Object.entries(burst.outcomes).filter(([k]) => k !== "approved").map(([k, n]) => `${n} × ${k}`).join(", ");
    rows.push(
      `1000-way burst: ${burst.settings.requests} approvals started at once, one hot product (stock ${burst.settings.stock}), every other request on a line with room for ${burst.settings.tightLineUnits} units, pool ${CONCURRENCY} | ${burst.approved} approved, ${refused}; stock left ${burst.stockLeft}; tight line committed Rp${burst.tightLine.committedIdr.toLocaleString("en")} of Rp${burst.tightLine.ceilingIdr.toLocaleString("en")}; **oversold units ${burst.oversoldUnits}, over-committed Rp${burst.overCommittedIdr}**; stock ${burst.stockConsistent ? "adds up" : "DOES NOT ADD UP"}, budget ${burst.budgetConsistent ? "adds up" : "DOES NOT ADD UP"} | ${burst.approvalsPerSecond.toFixed(1)} approvals/s, ${burst.decisionsPerSecond.toFixed(0)} decisions/s (${(burst.approveMs / 1000).toFixed(1)} s; submitting the ${burst.settings.requests} took ${(burst.submitMs / 1000).toFixed(1)} s)`,
    );
    const burstFailed = burst.oversoldUnits !== 0 || burst.overCommittedIdr !== 0 || !burst.stockConsistent || !burst.budgetConsistent;

    // 1M order lines: 100k requests × 10 lines, one order each, spread over the fiscal year and the 10 OPDs.
    const bulk = await time(() => insertMillionOrderLines(db, { now, year }));
    const { n: lineCount } = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM order_lines`);
    rows.push(`bulk insert (generate_series) | ${REQUESTS.toLocaleString("en")} requests/orders, ${lineCount.toLocaleString("en")} order lines | ${(bulk.ms / 1000).toFixed(1)} s`);

    const serviceTimes: number[] = [];
    let summaryTotal = 0;
    for (let i = 0; i < 7; i += 1) {
      const run = await time(() => complianceSummary(auditor, { fiscalYear: year }, now));
      serviceTimes.push(run.ms);
      summaryTotal = run.result.opds.reduce((s, o) => s + o.totalIdr, 0);
    }
    const { from, to } = fiscalYearRange(year);
    const rawTimes: number[] = [];
    let rawTotal = 0;
    for (let i = 0; i < 7; i += 1) {
      const run = await time(() =>
        db.execute(sql`
          SELECT o.opd_id, sum(ol.line_total_idr) AS total, sum(ol.line_total_idr) FILTER (WHERE ol.seller_is_umk) AS umk,
                 sum(ol.line_total_idr) FILTER (WHERE ol.is_local) AS local
          FROM order_lines ol JOIN orders o ON o.id = ol.order_id
          WHERE o.status NOT IN ('declined', 'cancelled') AND o.placed_at >= ${from.toISOString()}::timestamptz AND o.placed_at < ${to.toISOString()}::timestamptz
          GROUP BY o.opd_id`),
      );
      rawTimes.push(run.ms);
      rawTotal = (run.result as unknown as Array<{ total: string }>).reduce((s, r) => s + Number(r.total), 0);
    }
    rows.push(`complianceSummary service (all OPDs, with exceptions), median of 7 | ${lineCount.toLocaleString("en")} order lines, total Rp${summaryTotal.toLocaleString("en")} | ${median(serviceTimes).toFixed(0)} ms (min ${Math.min(...serviceTimes).toFixed(0)})`);
    rows.push(`raw single-pass SQL aggregate (sums only), median of 7 | same data, total Rp${rawTotal.toLocaleString("en")} | ${median(rawTimes).toFixed(0)} ms (min ${Math.min(...rawTimes).toFixed(0)})`);

    await closeDb();
    process.stdout.write(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}, DATABASE_POOL_MAX ${CONCURRENCY}, DATABASE_STATEMENT_TIMEOUT_MS ${process.env.DATABASE_STATEMENT_TIMEOUT_MS}\n`);
    process.stdout.write(`what | size | result\n---|---|---\n${rows.join("\n")}\n`);
    if (waits.length > 0) process.stdout.write(`\nbackends by state/wait event (average number of non-idle bench backends in each):\n${waits.join("\n")}\n`);
    if (burstFailed) {
      process.stderr.write("1000-way burst: oversold or over-committed (see above)\n");
      process.exitCode = 1;
    }
  } finally {
    await stopAllChildren();
    rmSync(dir, { recursive: true, force: true });
  }
};

void main();
