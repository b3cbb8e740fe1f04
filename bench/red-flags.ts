/**
 * `npm run bench:flags`: every red flag of a fiscal year over 1M order lines (the compliance bench's data set,
 * bench/million-lines.ts), through the service an auditor's page and GET /api/v1/audit/flags call. On top of the
 * bulk data, so that every rule has work: ~1,000 lines priced far above the median, approval decisions spread over
 * 0–6 days and all hours, BASTs and invoices for the received orders (some paid late, some still open) and 1 % of
 * orders left shipped without a BAST. Prints a table for bench/RESULTS.md; numbers are for reading, never asserted.
 */
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../db/migrate";
import { stopAllChildren } from "../scripts/engines/children";
import { freePort } from "../scripts/engines/ports";
import { ensureDatabase, startPostgres } from "../scripts/engines/postgres";
import { makeEngineTempDir } from "../scripts/engines/temp-dir";

const time = async <T>(run: () => Promise<T>) => {
  const start = process.hrtime.bigint();
  const result = await run();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

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

    const now = new Date();
    const year = witaYear(now);
    await seedDemoData(db, { now });
    const bulk = await time(() => insertMillionOrderLines(db, { now, year }));
    const extras = await time(() =>
      db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL statement_timeout = 0`);
        await tx.execute(sql`SET LOCAL session_replication_role = replica`);
        await tx.execute(sql`UPDATE order_lines SET unit_price_idr = 400000 WHERE id IN (SELECT md5('ol' || g)::uuid FROM generate_series(1, 1000000, 997) g)`);
        await tx.execute(sql`
          UPDATE purchase_requests SET decided_at = least(submitted_at + make_interval(hours => (split_part(number, '/', 3)::int * 37) % 150), ${now.toISOString()}::timestamptz)
          WHERE number LIKE 'BENCH/%'`);
        await tx.execute(sql`
          UPDATE orders SET status = 'shipped', shipped_at = placed_at + interval '1 day'
          WHERE number LIKE 'BENCH/%' AND split_part(number, '/', 3)::int % 100 = 1`);
        await tx.execute(sql`
          INSERT INTO receipts (id, number, order_id, signed_by, signed_at, received_value_idr)
          SELECT md5('b' || o.id)::uuid, 'BENCH/BAST/' || split_part(o.number, '/', 3), o.id, (SELECT id FROM users WHERE email = 'pembeli@pasarumk.test'),
                 least(o.placed_at + make_interval(hours => 24 + (split_part(o.number, '/', 3)::int * 13) % 200), ${now.toISOString()}::timestamptz), o.total_idr
          FROM orders o WHERE o.number LIKE 'BENCH/%' AND o.status = 'received'`);
        await tx.execute(sql`
          INSERT INTO invoices (id, number, order_id, receipt_id, amount_idr, status, issued_at, payment_id, paid_at)
          SELECT md5('i' || r.id)::uuid, 'BENCH/INV/' || split_part(r.number, '/', 3), r.order_id, r.id, greatest(r.received_value_idr, 1),
                 'open', r.signed_at, NULL, NULL
          FROM receipts r WHERE r.number LIKE 'BENCH/%'`);
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
    await closeDb();
    const counts = Object.entries(result!.counts).map(([k, n]) => `${k} ${n.toLocaleString("en")}`).join(", ");
    process.stdout.write(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}\n`);
    process.stdout.write(`what | size | result\n---|---|---\n`);
    process.stdout.write(`bulk insert (bench/million-lines.ts) + flag extras | ${lineCount.toLocaleString("en")} order lines, ${invoiceCount.toLocaleString("en")} BASTs/invoices | ${(bulk.ms / 1000).toFixed(1)} s + ${(extras.ms / 1000).toFixed(1)} s\n`);
    process.stdout.write(`listRedFlags, all flags of ${year}, median of 7 | ${result!.total.toLocaleString("en")} flags: ${counts} | **${median(times).toFixed(0)} ms** (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})\n`);
    process.stdout.write(`listRedFlags, kind=price_above_median&reviewed=false | ${filtered.result.flags.length.toLocaleString("en")} flags | ${filtered.ms.toFixed(0)} ms\n`);
  } finally {
    await stopAllChildren();
    rmSync(dir, { recursive: true, force: true });
  }
};

void main();
