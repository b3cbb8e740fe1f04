/**
 * `npm run bench:flags`: every red flag of a fiscal year over 1M order lines (the compliance bench's data set,
 * bench/million-lines.ts), through the service an auditor's page and GET /api/v1/audit/flags call. On top of the
 * bulk data, so that every rule has work at plausible rates: ~1,000 lines priced far above the median; approvals
 * 1–3 working days after submission in office hours (5 % after 6 days, 3 % at 21:00 WITA); BASTs, invoices and SP2D
 * payments for the received orders (4 % paid after 12 days, 2 % never, 2 % of BASTs signed at 20:00); 1 % of orders
 * left shipped without a BAST. Prints a table for bench/RESULTS.md; numbers are for reading, never asserted.
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

/** Each read and the pure rules alone, one after the other: where the time goes. */
const profile = async (db: import("../db/client").Database, regionId: string, year: number, now: Date) => {
  const q = await import("../db/queries/order-lines");
  const counts = await import("../db/queries/order-price-counts");
  const pr = await import("../db/queries/purchase-requests");
  const o = await import("../db/queries/orders");
  const inv = await import("../db/queries/invoices");
  const rc = await import("../db/queries/receipts");
  const { fiscalYearRange } = await import("../lib/domain/time/wita");
  const { DEFAULT_NTB_POLICY } = await import("../lib/domain/compliance/policy");
  const { categoryMedians, priceCandidateThresholds } = await import("../lib/domain/flags/rules/price");
  const { computeRedFlags } = await import("../lib/domain/flags/compute-red-flags");
  const scope = { regionId, ...fiscalYearRange(year) };
  const t = DEFAULT_NTB_POLICY.rules.redFlags;
  const hours = { startHour: t.workdayStartHour, endHour: t.workdayEndHour, holidays: [] as string[] };
  const out: Array<[string, number, number]> = [];
  const step = async <T extends unknown[]>(what: string, run: () => Promise<T>) => {
    const r = await time(run);
    out.push([what, r.result.length, r.ms]);
    return r.result;
  };
  const priceHistogram = await step("price histogram", () => counts.priceHistogramOfRegion(db, { regionId, fiscalYear: year }));
  const pricedLines = await step("lines priced above", () => q.listLinesPricedAbove(db, { ...scope, thresholds: priceCandidateThresholds(categoryMedians(priceHistogram), t) }));
  const splitFindings = await step("split findings", () => pr.listSplitPackageFindings(db, scope));
  const sellerSpend = await step("spend by OPD × seller", () => o.sumSpendByOpdAndSeller(db, scope));
  const justifiedRequests = await step("justified requests", () => pr.listJustifiedRequests(db, scope));
  const approvals = await step("approval timings", () => pr.listApprovalTimings(db, { ...scope, ...hours, now, maxDays: t.approvalMaxWorkingDays }));
  const invoices = await step("late invoices", () => inv.listLateInvoices(db, { ...scope, now, maxDays: 7 }));
  const shippedOrders = await step("shipped without BAST", () => o.listShippedWithoutReceipt(db, { ...scope, now, minDays: t.shippedWithoutBastDays }));
  const receipts = await step("BASTs off hours", () => rc.listReceiptsSignedOffHours(db, { ...scope, ...hours }));
  if (process.env.BENCH_EXPLAIN) {
    // Diagnostics: the plans of the two price reads (the medians from order_price_counts, the candidates).
    const { sql } = await import("drizzle-orm");
    const { SPENDING } = await import("../db/queries/spending");
    const { opdsOfRegion, within } = await import("../db/queries/columns");
    const explain = async (query: ReturnType<typeof sql>) =>
      ((await db.execute(sql`EXPLAIN (ANALYZE, COSTS OFF) ${query}`)) as unknown as Array<Record<string, string>>).map((r) => Object.values(r)[0]).join("\n");
    process.stderr.write(`${await explain(sql`SELECT category_slug, unit_price_idr, sum(lines) FROM order_price_counts
      WHERE opd_id IN ${opdsOfRegion(regionId)} AND fiscal_year = ${year} GROUP BY 1, 2`)}\n\n`);
    process.stderr.write(`${await explain(sql`SELECT ol.id FROM order_lines ol JOIN (VALUES ('gerabah'::text, 116000::bigint)) AS t(slug, min_idr) ON t.slug = ol.category_slug AND ol.unit_price_idr > t.min_idr
      JOIN orders o ON o.id = ol.order_id JOIN purchase_requests pr ON pr.id = o.request_id
      WHERE o.opd_id IN ${opdsOfRegion(regionId)} AND o.status IN ${SPENDING} AND ${within(sql.raw("o.placed_at"), scope)}`)}\n`);
  }
  const facts = { priceHistogram, pricedLines, splitFindings, sellerSpend, justifiedRequests, approvals, invoices, shippedOrders, receipts };
  await step("pure rules (computeRedFlags)", async () => computeRedFlags(facts, DEFAULT_NTB_POLICY.rules, new Map(), { fiscalYear: year, now, holidays: new Set() }));
  return out;
};

const main = async () => {
  const dir = makeEngineTempDir("pasar-bench-flags-");
  try {
    const pg = await startPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), password: "bench-password", log: () => undefined });
    await ensureDatabase(pg.url("postgres"), "bench");
    await migrateDatabase(pg.url("bench"));
    process.env.DATABASE_URL = pg.url("bench");
    process.env.DATABASE_STATEMENT_TIMEOUT_MS ??= "0";
    const { db, closeDb } = await import("../db/client");
    const { seedDemoData } = await import("../db/seed");
    const { sql } = await import("drizzle-orm");
    const { loadViewer } = await import("../lib/auth/load-viewer");
    const { listRedFlags } = await import("../lib/services/flags/list-red-flags");
    const { witaYear } = await import("../lib/domain/time/wita");
    const { insertMillionOrderLines } = await import("./million-lines");
    const { rebuildOrderPriceCounts } = await import("../db/queries/order-price-counts");

    const now = new Date();
    const year = witaYear(now);
    await seedDemoData(db, { now });
    const bulk = await time(() => insertMillionOrderLines(db, { now, year }));
    const extras = await time(() =>
      db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL statement_timeout = 0`);
        await tx.execute(sql`SET LOCAL session_replication_role = replica`);
        await tx.execute(sql`UPDATE order_lines SET unit_price_idr = 400000 WHERE id IN (SELECT md5('ol' || g)::uuid FROM generate_series(1, 1000000, 997) g)`);
        // Written past the services, so the medians' counts are recomputed (as after the bulk load).
        await rebuildOrderPriceCounts(tx);
        // A WITA working day at a given hour, `days` calendar days after an instant's WITA day (Saturday and Sunday
        // roll on to Monday): what office work looks like. n is each bench row's number.
        const officeTime = (at: string, days: ReturnType<typeof sql>, hour: ReturnType<typeof sql>) => sql`(
          (date_trunc('day', ${sql.raw(at)} AT TIME ZONE 'Asia/Makassar') + make_interval(days => ${days})
            + make_interval(days => CASE extract(isodow FROM date_trunc('day', ${sql.raw(at)} AT TIME ZONE 'Asia/Makassar') + make_interval(days => ${days}))
                                      WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END)
            + make_interval(hours => ${hour})) AT TIME ZONE 'Asia/Makassar')`;
        const n = sql.raw(`split_part(number, '/', 3)::int`);
        // Approvals: 1–3 days after submission in office hours; every 20th after 6 days (late), every 33rd at 21:00.
        await tx.execute(sql`
          UPDATE purchase_requests SET decided_at = least(${officeTime("submitted_at", sql`CASE WHEN ${n} % 20 = 0 THEN 6 ELSE 1 + ${n} % 3 END`, sql`CASE WHEN ${n} % 33 = 0 THEN 21 ELSE 9 + ${n} % 6 END`)}, ${now.toISOString()}::timestamptz)
          WHERE number LIKE 'BENCH/%'`);
        await tx.execute(sql`UPDATE purchase_requests SET decided_at = submitted_at + interval '1 minute' WHERE number LIKE 'BENCH/%' AND decided_at <= submitted_at`);
        await tx.execute(sql`
          UPDATE orders SET status = 'shipped', shipped_at = placed_at + interval '1 day'
          WHERE number LIKE 'BENCH/%' AND ${n} % 100 = 1`);
        // BASTs two working days after the order in office hours (every 50th at 20:00); invoices issued with them.
        await tx.execute(sql`
          INSERT INTO receipts (id, number, order_id, signed_by, signed_at, received_value_idr)
          SELECT md5('b' || o.id)::uuid, 'BENCH/BAST/' || split_part(o.number, '/', 3), o.id, (SELECT id FROM users WHERE email = 'pembeli@pasarumk.test'),
                 least(${officeTime("o.placed_at", sql`2`, sql`CASE WHEN split_part(o.number, '/', 3)::int % 50 = 0 THEN 20 ELSE 10 + split_part(o.number, '/', 3)::int % 5 END`)}, ${now.toISOString()}::timestamptz), o.total_idr
          FROM orders o WHERE o.number LIKE 'BENCH/%' AND o.status = 'received'`);
        // Payments: most within 0–5 days of the BAST, every 25th after 12 days (late), every 50th (n % 50 = 3) never.
        await tx.execute(sql`
          INSERT INTO payments (id, order_id, method, status, amount_idr, reference, paid_at)
          SELECT md5('p' || r.id)::uuid, r.order_id, 'sp2d', 'succeeded', greatest(r.received_value_idr, 1), 'BENCH/SP2D/' || split_part(r.number, '/', 3),
                 least(r.signed_at + make_interval(days => CASE WHEN split_part(r.number, '/', 3)::int % 25 = 0 THEN 12 ELSE split_part(r.number, '/', 3)::int % 6 END), ${now.toISOString()}::timestamptz)
          FROM receipts r WHERE r.number LIKE 'BENCH/%' AND split_part(r.number, '/', 3)::int % 50 <> 3`);
        await tx.execute(sql`
          INSERT INTO invoices (id, number, order_id, receipt_id, amount_idr, status, issued_at, payment_id, paid_at)
          SELECT md5('i' || r.id)::uuid, 'BENCH/INV/' || split_part(r.number, '/', 3), r.order_id, r.id, greatest(r.received_value_idr, 1),
                 CASE WHEN p.id IS NULL THEN 'open' ELSE 'paid' END::invoice_status, r.signed_at, p.id, p.paid_at
          FROM receipts r LEFT JOIN payments p ON p.id = md5('p' || r.id)::uuid WHERE r.number LIKE 'BENCH/%'`);
        await tx.execute(sql`ANALYZE purchase_requests`);
        await tx.execute(sql`ANALYZE orders`);
        await tx.execute(sql`ANALYZE order_lines`);
        await tx.execute(sql`ANALYZE receipts`);
        await tx.execute(sql`ANALYZE invoices`);
      }),
    );
    const one = async <T>(query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as T[])[0]!;
    const { n: lineCount } = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM order_lines`);
    const { n: invoiceCount } = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM invoices`);
    const { id: auditorId } = await one<{ id: string }>(sql`SELECT id FROM users WHERE email = 'auditor@pasarumk.test'`);
    const auditor = (await loadViewer(db, auditorId))!;

    const times: number[] = [];
    let result: Awaited<ReturnType<typeof listRedFlags>> | null = null;
    for (let i = 0; i < 7; i += 1) {
      const run = await time(() => listRedFlags(auditor, { year }, now));
      times.push(run.ms);
      result = run.result;
    }
    const filtered = await time(() => listRedFlags(auditor, { year, kind: "price_above_median", reviewed: false }, now));
    // Calibration: the compliance summary over the same data (119 ms on a quiet machine, bench/RESULTS.md), so a
    // loaded machine's factor can be read off beside the flags' figure.
    const { complianceSummary } = await import("../lib/services/procurement/compliance-summary");
    const summaryTimes: number[] = [];
    for (let i = 0; i < 3; i += 1) summaryTimes.push((await time(() => complianceSummary(auditor, { fiscalYear: year }, now))).ms);
    const breakdown = await profile(db, auditor.memberships.find((m) => m.role === "auditor")!.regionId, year, now);
    await closeDb();
    const counts = Object.entries(result!.counts).map(([k, n]) => `${k} ${n.toLocaleString("en")}`).join(", ");
    process.stdout.write(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}\n`);
    process.stdout.write(`what | size | result\n---|---|---\n`);
    process.stdout.write(`bulk insert (bench/million-lines.ts) + flag extras | ${lineCount.toLocaleString("en")} order lines, ${invoiceCount.toLocaleString("en")} BASTs/invoices | ${(bulk.ms / 1000).toFixed(1)} s + ${(extras.ms / 1000).toFixed(1)} s\n`);
    process.stdout.write(`listRedFlags, all flags of ${year}, median of 7 | ${result!.total.toLocaleString("en")} flags: ${counts} | **${median(times).toFixed(0)} ms** (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})\n`);
    process.stdout.write(`listRedFlags, kind=price_above_median&reviewed=false | ${filtered.result.flags.length.toLocaleString("en")} flags | ${filtered.ms.toFixed(0)} ms\n`);
    process.stdout.write(`calibration: complianceSummary, median of 3 | same data | ${median(summaryTimes).toFixed(0)} ms\n`);
    for (const [what, rows, ms] of breakdown) process.stdout.write(`… ${what} (alone) | ${rows.toLocaleString("en")} rows | ${ms.toFixed(0)} ms\n`);
  } finally {
    await stopAllChildren();
    rmSync(dir, { recursive: true, force: true });
  }
};

void main();
