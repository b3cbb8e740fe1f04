/**
 * The 1M-order-line data set the benchmarks share (compliance summary, red flags): 100k requests × 10 lines, one
 * order each, spread over the fiscal year up to `now` and the 10 OPDs, on top of the demo seed, bulk-inserted with
 * generate_series, then analyzed.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { rebuildOrderPriceCounts } from "../db/queries/order-price-counts";
import { fiscalYearRange } from "../lib/domain/time/wita";

/** 100k requests (1M lines); BENCH_REQUESTS sizes a smaller run for profiling. */
export const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100_000);
export const LINES_PER_REQUEST = 10;

export const insertMillionOrderLines = async (db: Database, { now, year }: { now: Date; year: number }) => {
  const { from } = fiscalYearRange(year);
  const spanSeconds = Math.max(3_600, Math.floor((now.getTime() - from.getTime()) / 1000) - 60);
  await db.transaction(async (tx) => {
    // Bulk load: skip per-row FK triggers (the generated ids are consistent by construction).
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    // A bulk load, not a web request: no statement timeout (lib/env DATABASE_STATEMENT_TIMEOUT_MS).
    await tx.execute(sql`SET LOCAL statement_timeout = 0`);
    await tx.execute(sql`
      CREATE TEMP TABLE bench_ctx ON COMMIT DROP AS
      SELECT (SELECT array_agg(o.id ORDER BY o.code) FROM opds o) AS opds,
             (SELECT array_agg(bl.id ORDER BY o.code) FROM opds o JOIN LATERAL (SELECT id FROM budget_lines WHERE opd_id = o.id ORDER BY code LIMIT 1) bl ON true) AS lines,
             (SELECT array_agg(id ORDER BY nib) FROM businesses) AS businesses,
             (SELECT array_agg(id ORDER BY id) FROM products) AS products,
             (SELECT id FROM users WHERE email = 'pembeli@pasarumk.test') AS buyer,
             (SELECT id FROM regions WHERE code = '52') AS ntb`);
    await tx.execute(sql`
      INSERT INTO purchase_requests (id, number, opd_id, budget_line_id, buyer_id, purpose, status, justification_code, justification_text,
                                     total_idr, compliance_decision, policy_version, submitted_at, created_at)
      SELECT md5('pr' || g)::uuid, 'BENCH/PP/' || g, c.opds[1 + g % 10], c.lines[1 + g % 10], c.buyer, 'bench', 'ordered',
             CASE WHEN g % 20 = 0 THEN 'technical_spec'::justification_code END, CASE WHEN g % 20 = 0 THEN 'bench' END,
             0, '{}'::jsonb, 1, t.at, t.at
      FROM generate_series(1, ${REQUESTS}) g CROSS JOIN bench_ctx c
      CROSS JOIN LATERAL (SELECT ${from.toISOString()}::timestamptz + make_interval(secs => (g::bigint * 7919) % ${spanSeconds}) AS at) t`);
    await tx.execute(sql`
      INSERT INTO orders (id, number, request_id, business_id, opd_id, budget_line_id, status, total_idr, placed_at)
      SELECT md5('o' || g)::uuid, 'BENCH/SP/' || g, md5('pr' || g)::uuid, c.businesses[1 + g % array_length(c.businesses, 1)],
             c.opds[1 + g % 10], c.lines[1 + g % 10],
             (CASE WHEN g % 50 = 0 THEN 'declined' WHEN g % 3 = 0 THEN 'placed' ELSE 'received' END)::order_status,
             0, ${from.toISOString()}::timestamptz + make_interval(secs => (g::bigint * 7919) % ${spanSeconds})
      FROM generate_series(1, ${REQUESTS}) g CROSS JOIN bench_ctx c`);
    await tx.execute(sql`
      INSERT INTO request_lines (id, request_id, product_id, title, category_slug, is_food, quantity, unit_price_idr, business_id, seller_nib,
                                 seller_name, seller_scale, seller_is_umk, seller_kabupaten, seller_province_region_id, is_local)
      SELECT md5('rl' || g)::uuid, md5('pr' || r)::uuid, c.products[1 + g % array_length(c.products, 1)], 'bench', 'gerabah', false,
             1 + g % 5, 10000 + (g % 97) * 1000, c.businesses[1 + r % array_length(c.businesses, 1)], '0000000000000', 'bench',
             (CASE WHEN g % 3 = 0 THEN 'menengah' ELSE 'mikro' END)::business_scale, g % 3 <> 0, 'bench', c.ntb, g % 7 <> 0
      FROM generate_series(1, ${REQUESTS * LINES_PER_REQUEST}) g CROSS JOIN bench_ctx c
      CROSS JOIN LATERAL (SELECT (g - 1) / ${LINES_PER_REQUEST} + 1 AS r) x`);
    await tx.execute(sql`
      INSERT INTO order_lines (id, order_id, request_line_id, product_id, title, category_slug, quantity, unit_price_idr, seller_is_umk, is_local)
      SELECT md5('ol' || g)::uuid, md5('o' || r)::uuid, md5('rl' || g)::uuid, c.products[1 + g % array_length(c.products, 1)], 'bench', 'gerabah',
             1 + g % 5, 10000 + (g % 97) * 1000, g % 3 <> 0, g % 7 <> 0
      FROM generate_series(1, ${REQUESTS * LINES_PER_REQUEST}) g CROSS JOIN bench_ctx c
      CROSS JOIN LATERAL (SELECT (g - 1) / ${LINES_PER_REQUEST} + 1 AS r) x`);
    // What approval writes on each order: its total and UMK/local parts from the line snapshots.
    await tx.execute(sql`
      UPDATE orders o SET total_idr = t.total, umk_total_idr = t.umk, local_total_idr = t.local
      FROM (SELECT order_id, sum(line_total_idr) AS total, coalesce(sum(line_total_idr) FILTER (WHERE seller_is_umk), 0) AS umk,
                   coalesce(sum(line_total_idr) FILTER (WHERE is_local), 0) AS local
            FROM order_lines GROUP BY order_id) t
      WHERE o.id = t.order_id AND o.number LIKE 'BENCH/%'`);
    // And the lines per price that approval counts for the category medians.
    await rebuildOrderPriceCounts(tx);
  });
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL statement_timeout = 0`);
    await tx.execute(sql`ANALYZE purchase_requests`);
    await tx.execute(sql`ANALYZE orders`);
    await tx.execute(sql`ANALYZE order_lines`);
    await tx.execute(sql`ANALYZE order_price_counts`);
  });
};
