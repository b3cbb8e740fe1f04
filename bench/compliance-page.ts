/**
 * `npm run bench:compliance-page`: the compliance page /audit/kepatuhan with its charts, rendered by `next start` of the
 * production build (.next-test) and fetched over HTTP as the signed-in auditor, at 1M order lines (bench/compliance-
 * lines.ts) on a real Postgres in a temp folder; beside it the services the page awaits, in-process, the /audit
 * overview (it adds the category chart, which reads the order lines) and the PDF audit report of one OPD.
 * Prints a table for bench/RESULTS.md; numbers are for reading, never asserted.
 *
 * Needs a production build in .next-test (`npm run build:test`).
 */
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../db/migrate";
import { spawnManaged, stopAllChildren, waitUntilReady } from "../scripts/engines/children";
import { freePort } from "../scripts/engines/ports";
import { ensureDatabase, startPostgres } from "../scripts/engines/postgres";
import { makeEngineTempDir } from "../scripts/engines/temp-dir";
import { HttpSession } from "../tests/setup/http-session";
import { insertMillionOrderLines } from "./million-lines";
import { median, percentile, time } from "./timing";

const ROUNDS = 15;
const WARM_UP = 3;
const PASSWORD = "bench-rahasia-2026"; // production builds refuse the demo password
const log = (line: string) => process.stderr.write(`${line}\n`);

const main = async () => {
  const dir = makeEngineTempDir("pasar-bench-page-");
  try {
    const pg = await startPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), password: "bench-password", log: () => undefined });
    await ensureDatabase(pg.url("postgres"), "bench");
    await migrateDatabase(pg.url("bench"));
    process.env.DATABASE_URL = pg.url("bench");
    const { db, closeDb } = await import("../db/client");
    const { seedDemoData } = await import("../db/seed");
    const { sql } = await import("drizzle-orm");
    const { loadViewer } = await import("../lib/auth/load-viewer");
    const { complianceSummary } = await import("../lib/services/procurement/compliance-summary");
    const { spendCharts } = await import("../lib/services/charts/spend-charts");
    const { witaYear } = await import("../lib/domain/time/wita");

    const now = new Date();
    const year = witaYear(now);
    await seedDemoData(db, { now, password: PASSWORD });
    const bulk = await time(() => insertMillionOrderLines(db, { now, year }));
    const [{ n: lineCount }] = (await db.execute(sql`SELECT count(*)::int AS n FROM order_lines`)) as unknown as [{ n: number }];
    const [{ id: auditorId }] = (await db.execute(sql`SELECT id FROM users WHERE email = 'auditor@pasarumk.test'`)) as unknown as [{ id: string }];
    const [{ id: dispar }] = (await db.execute(sql`SELECT id FROM opds WHERE short_name = 'Dispar'`)) as unknown as [{ id: string }];
    const auditor = (await loadViewer(db, auditorId))!;
    log(`loaded ${lineCount} order lines in ${(bulk.ms / 1000).toFixed(1)} s`);

    const rows: string[] = [];
    const fmt = (ms: number[]) => `p50 ${median(ms).toFixed(0)} ms · p95 ${percentile(ms, 95).toFixed(0)} ms · min ${Math.min(...ms).toFixed(0)} ms`;
    const repeat = async (run: () => Promise<unknown>) => {
      for (let i = 0; i < WARM_UP; i += 1) await run();
      const ms: number[] = [];
      for (let i = 0; i < ROUNDS; i += 1) ms.push((await time(run)).ms);
      return ms;
    };

    // What the page awaits, without Next: the summary and the chart breakdowns, in parallel as the page does.
    const services = await repeat(() => Promise.all([complianceSummary(auditor, { fiscalYear: year }, now), spendCharts(auditor, { fiscalYear: year, locale: "id" }, now)]));
    rows.push(`services of /audit/kepatuhan in-process (complianceSummary ‖ spendCharts) | ${fmt(services)}`);
    const summaryAlone = await repeat(() => complianceSummary(auditor, { fiscalYear: year }, now));
    rows.push(`complianceSummary alone (on main before the charts) | ${fmt(summaryAlone)}`);
    const chartsAlone = await repeat(() => spendCharts(auditor, { fiscalYear: year, locale: "id" }, now));
    rows.push(`spendCharts alone (months + seller kabupaten, one pass over the orders) | ${fmt(chartsAlone)}`);
    const categories = await repeat(() => spendCharts(auditor, { fiscalYear: year, locale: "id", withCategories: true }, now));
    rows.push(`spendCharts with the category breakdown (reads the order lines; /audit only) | ${fmt(categories)}`);
    await closeDb();

    const port = await freePort();
    const appUrl = `http://127.0.0.1:${port}`;
    const next = spawnManaged("next", process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port)], {
      env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: ".next-test", DATABASE_URL: pg.url("bench"), NEXTAUTH_SECRET: "bench-nextauth-secret-0123456789", NEXTAUTH_URL: appUrl, NEXT_TELEMETRY_DISABLED: "1" },
      onOutput: () => undefined,
    });
    await waitUntilReady(next, async () => (await fetch(`${appUrl}/api/health`)).ok, 90_000);
    const session = new HttpSession(appUrl);
    if (!(await session.signIn("auditor@pasarumk.test", PASSWORD)).hasSession) throw new Error("auditor could not sign in");

    const page = (pathname: string, marker: string) => async () => {
      const response = await session.fetch(pathname);
      const body = await response.text();
      if (response.status !== 200 || !body.includes(marker)) throw new Error(`${pathname} answered ${response.status} without ${marker}`);
      return body.length;
    };
    // The same layout, session and header counts with nothing of the compliance page: what every signed-in page costs here.
    const baseline = await repeat(page("/akun", `data-testid="account"`));
    rows.push(`baseline: GET /akun (layout, session, header counts; no charts) | ${fmt(baseline)}`);
    const kepatuhan = await repeat(page(`/audit/kepatuhan?tahun=${year}`, 'data-testid="monthly-umk-chart"'));
    const bytes = await page(`/audit/kepatuhan?tahun=${year}`, "kabupaten-spend-chart")();
    rows.push(`**GET /audit/kepatuhan** (next start, HTTP, server-rendered with 4 charts, ${(bytes / 1024).toFixed(0)} KiB HTML) | ${fmt(kepatuhan)}`);
    const overview = await repeat(page(`/audit?tahun=${year}`, 'data-testid="category-spend-chart"'));
    rows.push(`GET /audit (overview: + category chart, budgets) | ${fmt(overview)}`);
    const pdf = await repeat(async () => {
      const response = await session.fetch(`/api/v1/exports/audit-report.pdf?fiscalYear=${year}&opdId=${dispar}`);
      if (response.status !== 200) throw new Error(`PDF answered ${response.status}`);
      return (await response.arrayBuffer()).byteLength;
    });
    rows.push(`GET /api/v1/exports/audit-report.pdf (one OPD of ten: ~${Math.round(lineCount / 10).toLocaleString("en")} of the lines) | ${fmt(pdf)}`);

    process.stdout.write(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}; ${lineCount.toLocaleString("en")} order lines (bulk load ${(bulk.ms / 1000).toFixed(1)} s); ${WARM_UP} warm-up + ${ROUNDS} sequential rounds each\n`);
    process.stdout.write(`what | result\n---|---\n${rows.join("\n")}\n`);
  } finally {
    await stopAllChildren();
    rmSync(dir, { recursive: true, force: true });
  }
};

void main();
