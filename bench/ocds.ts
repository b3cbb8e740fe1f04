/**
 * `npm run bench:ocds`: the OCDS export of a fiscal year with 100k contracting processes, streamed by the
 * service the API routes use (lib/services/ocds/export-ocds.ts), on a real Postgres in a temp folder. Prints the
 * bytes, releases/records, time and the process's RSS growth over the export (sampled every 50 ms) for
 * bench/RESULTS.md. Numbers are for reading, never asserted.
 */
import { createHash } from "node:crypto";
import { createWriteStream, rmSync, type WriteStream } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../db/migrate";
import { stopAllChildren } from "../scripts/engines/children";
import { freePort } from "../scripts/engines/ports";
import { ensureDatabase, startPostgres } from "../scripts/engines/postgres";
import { makeEngineTempDir } from "../scripts/engines/temp-dir";

const PROCESSES = Number(process.env.BENCH_OCDS_PROCESSES ?? 100_000);
const MB = 2 ** 20;

const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Streams one package to a hash (the bytes go nowhere else), sampling RSS while it runs. */
const write = (out: WriteStream, chunk: string) => new Promise<void>((resolve, reject) => out.write(chunk, (e) => (e ? reject(e) : resolve())));

/** BENCH_OCDS_OUT=<dir> also writes each package there (e.g. to run a data review tool over it). */
const measureExport = async (chunks: AsyncIterable<string>, marker: string, outFile?: string) => {
  const out = outFile ? createWriteStream(outFile) : null;
  gc();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const hash = createHash("sha256");
  let bytes = 0;
  let items = 0;
  const start = process.hrtime.bigint();
  try {
    for await (const chunk of chunks) {
      bytes += Buffer.byteLength(chunk);
      // Chunks hold whole releases/records, so a marker never straddles two chunks.
      items += chunk.split(marker).length - 1;
      hash.update(chunk);
      if (out) await write(out, chunk);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
  } finally {
    clearInterval(sampler);
    out?.end();
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { bytes, items, ms, rssBeforeMb: rssBefore / MB, growthMb: (peak - rssBefore) / MB, sha: hash.digest("hex").slice(0, 12) };
};

const main = async () => {
  const dir = makeEngineTempDir("pasar-bench-ocds-");
  try {
    const pg = await startPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), password: "bench-password", log: () => undefined });
    await ensureDatabase(pg.url("postgres"), "bench");
    await migrateDatabase(pg.url("bench"));
    process.env.DATABASE_URL = pg.url("bench");
    const { db, closeDb } = await import("../db/client");
    const { seedDemoData } = await import("../db/seed");
    const { sql } = await import("drizzle-orm");
    const { streamOcdsPackage } = await import("../lib/services/ocds/export-ocds");
    const { fiscalYearRange, witaYear } = await import("../lib/domain/time/wita");

    const now = new Date();
    const year = witaYear(now);
    await seedDemoData(db, { now });
    const { from } = fiscalYearRange(year);
    const spanSeconds = Math.max(3_600, Math.floor((now.getTime() - from.getTime()) / 1000) - 10 * 86_400);

    const loadStart = Date.now();
    await db.transaction(async (tx) => {
      // Bulk load: skip per-row FK triggers (the generated ids are consistent by construction), no timeout.
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tx.execute(sql`SET LOCAL statement_timeout = 0`);
      await tx.execute(sql`
        CREATE TEMP TABLE bench_ctx ON COMMIT DROP AS
        SELECT (SELECT array_agg(o.id ORDER BY o.code) FROM opds o) AS opds,
               (SELECT array_agg(bl.id ORDER BY o.code) FROM opds o JOIN LATERAL (SELECT id FROM budget_lines WHERE opd_id = o.id ORDER BY code LIMIT 1) bl ON true) AS lines,
               array_agg(p.id ORDER BY p.id) AS products, array_agg(b.id ORDER BY p.id) AS businesses, array_agg(b.nib ORDER BY p.id) AS nibs,
               array_agg(b.legal_name ORDER BY p.id) AS names, array_agg(b.scale ORDER BY p.id) AS scales, array_agg(r.name ORDER BY p.id) AS kabupaten,
               (SELECT id FROM users WHERE email = 'pembeli@pasarumk.test') AS buyer,
               (SELECT id FROM regions WHERE code = '52') AS ntb
        FROM products p JOIN businesses b ON b.id = p.business_id JOIN regions r ON r.id = b.region_id`);
      // Process g: submitted at t, approved 2 h later; g % 10 decides how far it got (declined, placed, accepted,
      // shipped, received, and from 6 on paid, 9 closed).
      await tx.execute(sql`
        CREATE TEMP TABLE bench_p ON COMMIT DROP AS
        SELECT g, 1 + g % array_length(c.products, 1) AS k, g % 10 AS stage,
               ${from.toISOString()}::timestamptz + make_interval(secs => (g::bigint * 7919) % ${spanSeconds}) AS t
        FROM generate_series(1, ${PROCESSES}) g CROSS JOIN bench_ctx c`);
      await tx.execute(sql`
        INSERT INTO purchase_requests (id, number, opd_id, budget_line_id, buyer_id, purpose, status, total_idr, compliance_decision, policy_version,
                                       submitted_at, decided_at, needed_by, created_at)
        SELECT md5('pr' || g)::uuid, 'BENCH/PP/' || lpad(g::text, 7, '0'), c.opds[1 + g % 10], c.lines[1 + g % 10], c.buyer, 'Belanja bench ' || g, 'ordered',
               0, '{}'::jsonb, 1, t, t + interval '2 hours', ((t + interval '10 days') AT TIME ZONE 'Asia/Makassar')::date, t
        FROM bench_p CROSS JOIN bench_ctx c`);
      await tx.execute(sql`
        INSERT INTO request_lines (id, request_id, product_id, title, category_slug, is_food, quantity, unit_price_idr, business_id, seller_nib,
                                   seller_name, seller_scale, seller_is_umk, seller_kabupaten, seller_province_region_id, is_local)
        SELECT md5('rl' || g || '-' || n)::uuid, md5('pr' || g)::uuid, c.products[k], 'Barang bench ' || n, 'gerabah', false, 1 + (g + n) % 5,
               10000 + ((g + n) % 97) * 1000, c.businesses[k], c.nibs[k], c.names[k], c.scales[k], c.scales[k] IN ('mikro', 'kecil'), c.kabupaten[k], c.ntb, true
        FROM bench_p CROSS JOIN generate_series(1, 2) n CROSS JOIN bench_ctx c`);
      await tx.execute(sql`
        INSERT INTO orders (id, number, request_id, business_id, opd_id, budget_line_id, status, total_idr, placed_at, accepted_at, declined_at, shipped_at, received_at)
        SELECT md5('o' || g)::uuid, 'BENCH/SP/' || lpad(g::text, 7, '0'), md5('pr' || g)::uuid, c.businesses[k], c.opds[1 + g % 10], c.lines[1 + g % 10],
               (CASE stage WHEN 0 THEN 'declined' WHEN 1 THEN 'placed' WHEN 2 THEN 'accepted' WHEN 3 THEN 'shipped'
                           WHEN 4 THEN 'received' WHEN 5 THEN 'invoiced' WHEN 9 THEN 'closed' ELSE 'paid' END)::order_status,
               0, t + interval '2 hours',
               CASE WHEN stage >= 2 THEN t + interval '1 day' END, CASE WHEN stage = 0 THEN t + interval '1 day' END,
               CASE WHEN stage >= 3 THEN t + interval '2 days' END, CASE WHEN stage >= 4 THEN t + interval '4 days' END
        FROM bench_p CROSS JOIN bench_ctx c`);
      await tx.execute(sql`
        INSERT INTO order_lines (id, order_id, request_line_id, product_id, title, category_slug, quantity, unit_price_idr, received_quantity, seller_is_umk, is_local)
        SELECT md5('ol' || p.g || '-' || n)::uuid, md5('o' || p.g)::uuid, md5('rl' || p.g || '-' || n)::uuid, c.products[k], 'Barang bench ' || n, 'gerabah',
               1 + (p.g + n) % 5, 10000 + ((p.g + n) % 97) * 1000, CASE WHEN stage >= 4 THEN 1 + (p.g + n) % 5 ELSE 0 END, true, true
        FROM bench_p p CROSS JOIN generate_series(1, 2) n CROSS JOIN bench_ctx c`);
      await tx.execute(sql`
        UPDATE orders o SET total_idr = s.total, umk_total_idr = s.total, local_total_idr = s.total
        FROM (SELECT order_id, sum(line_total_idr) AS total FROM order_lines GROUP BY order_id) s WHERE o.id = s.order_id AND o.number LIKE 'BENCH/%'`);
      await tx.execute(sql`UPDATE purchase_requests pr SET total_idr = o.total_idr FROM orders o WHERE o.request_id = pr.id AND o.number LIKE 'BENCH/%'`);
      await tx.execute(sql`
        INSERT INTO receipts (id, number, order_id, signed_by, signed_at, received_value_idr)
        SELECT md5('r' || g)::uuid, 'BENCH/BAST/' || lpad(g::text, 7, '0'), md5('o' || g)::uuid, c.buyer, t + interval '4 days', o.total_idr
        FROM bench_p CROSS JOIN bench_ctx c JOIN orders o ON o.id = md5('o' || g)::uuid WHERE stage >= 4`);
      await tx.execute(sql`
        INSERT INTO payments (id, order_id, method, status, amount_idr, reference, paid_at, recorded_by)
        SELECT md5('pay' || g)::uuid, md5('o' || g)::uuid, 'sp2d', 'succeeded', o.total_idr, 'BENCH-SP2D-' || g, t + interval '9 days', c.buyer
        FROM bench_p CROSS JOIN bench_ctx c JOIN orders o ON o.id = md5('o' || g)::uuid WHERE stage >= 6`);
      await tx.execute(sql`
        INSERT INTO invoices (id, number, order_id, receipt_id, amount_idr, status, issued_at, payment_id, paid_at)
        SELECT md5('i' || g)::uuid, 'BENCH/INV/' || lpad(g::text, 7, '0'), md5('o' || g)::uuid, md5('r' || g)::uuid, o.total_idr,
               (CASE WHEN stage >= 6 THEN 'paid' ELSE 'open' END)::invoice_status, t + interval '4 days',
               CASE WHEN stage >= 6 THEN md5('pay' || g)::uuid END, CASE WHEN stage >= 6 THEN t + interval '9 days' END
        FROM bench_p JOIN orders o ON o.id = md5('o' || g)::uuid WHERE stage >= 4`);
    });
    await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL statement_timeout = 0`);
      await tx.execute(sql`ANALYZE`);
    });
    const loadMs = Date.now() - loadStart;
    const count = async (q: ReturnType<typeof sql>) => Number(((await db.execute(q)) as unknown as Array<{ n: number }>)[0]!.n);
    const processes = await count(sql`SELECT count(DISTINCT request_id)::int AS n FROM orders WHERE placed_at >= ${from.toISOString()}::timestamptz`);
    const orderLines = await count(sql`SELECT count(*)::int AS n FROM order_lines`);

    const outPath = (name: string) => (process.env.BENCH_OCDS_OUT ? path.join(process.env.BENCH_OCDS_OUT, `${name}.json`) : undefined);
    const base = "http://localhost:3000";
    const input = (kind: "releases" | "records") => ({
      fiscalYear: year,
      kind,
      uri: `${base}/api/v1/ocds/${kind === "releases" ? "release" : "record"}-package?fiscalYear=${year}`,
      releasePackageUri: `${base}/api/v1/ocds/release-package?fiscalYear=${year}`,
      baseUrl: base,
    });
    const releases = await measureExport(await streamOcdsPackage(input("releases"), now), '{"ocid":', outPath("release-package"));
    const records = await measureExport(await streamOcdsPackage(input("records"), now), '"compiledRelease":', outPath("record-package"));
    await closeDb();

    const row = (what: string, r: Awaited<ReturnType<typeof measureExport>>, noun: string) =>
      `${what} | ${processes.toLocaleString("en")} processes → ${r.items.toLocaleString("en")} ${noun}, ${(r.bytes / MB).toFixed(0)} MiB (sha256 ${r.sha}…) | ` +
      `${(r.ms / 1000).toFixed(1)} s, RSS growth **${r.growthMb.toFixed(0)} MB** (from ${r.rssBeforeMb.toFixed(0)} MB)`;
    process.stdout.write(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ` +
        `load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}; gc exposed: ${typeof (globalThis as { gc?: unknown }).gc === "function"}\n`,
    );
    process.stdout.write(`what | size | result\n---|---|---\n`);
    process.stdout.write(`bulk load (generate_series) + demo seed | ${processes.toLocaleString("en")} processes, ${orderLines.toLocaleString("en")} order lines | ${(loadMs / 1000).toFixed(1)} s\n`);
    process.stdout.write(`${row("release package, streamed (one release per step)", releases, "releases")}\n`);
    process.stdout.write(`${row("record package, streamed (linked releases + compiled release)", records, "records")}\n`);
  } finally {
    await stopAllChildren();
    rmSync(dir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
