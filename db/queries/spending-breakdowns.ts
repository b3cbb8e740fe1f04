import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { num, rowsOf } from "./columns";
import { opdScope, SPENDING } from "./spending";

// The charts' breakdowns of the same spending the compliance summary adds up (orders approved and later, placed in
// the period). Month, kabupaten and seller read the orders' stored sums (100k orders, not 1M lines); only the
// category breakdown needs the lines, because one order can span several categories.

type Scope = { opdIds: readonly string[]; from: Date; to: Date };

const inPeriod = (p: Scope) =>
  sql`${opdScope(p)} AND o.status IN ${SPENDING} AND o.placed_at >= ${p.from.toISOString()}::timestamptz AND o.placed_at < ${p.to.toISOString()}::timestamptz`;

/**
 * Per WITA calendar month (1–12) of placement (totals and UMK/local parts), and per kabupaten/kota the seller is
 * registered in (the business's region: where the money went), in one pass over the orders (GROUPING SETS).
 */
export const sumSpendByMonthAndSellerRegion = async (db: DbOrTx, params: Scope) => {
  const rows = rowsOf<{ month: number | null; regionId: string | null; regionName: string | null; totalIdr: string; umkIdr: string; localIdr: string }>(
    await db.execute(sql`
      SELECT s.month AS "month", s.region_id AS "regionId", r.name AS "regionName", s.total AS "totalIdr", s.umk AS "umkIdr", s.local AS "localIdr"
      FROM (SELECT extract(month FROM o.placed_at AT TIME ZONE 'Asia/Makassar')::int AS month, b.region_id,
                   sum(o.total_idr) AS total, sum(o.umk_total_idr) AS umk, sum(o.local_total_idr) AS local
            FROM orders o JOIN businesses b ON b.id = o.business_id
            WHERE ${inPeriod(params)}
            GROUP BY GROUPING SETS ((1), (b.region_id))) s
      LEFT JOIN regions r ON r.id = s.region_id`),
  );
  return {
    months: rows.filter((r) => r.month !== null).map((r) => ({ month: Number(r.month), totalIdr: num(r.totalIdr), umkIdr: num(r.umkIdr), localIdr: num(r.localIdr) })),
    bySellerRegion: rows.filter((r) => r.regionId !== null).map((r) => ({ key: r.regionId!, label: r.regionName ?? r.regionId!, totalIdr: num(r.totalIdr) })),
  };
};

/** Per product category, from the order-line snapshots (slug as ordered), named in the requested language. */
export const sumSpendByCategory = async (db: DbOrTx, params: Scope & { locale: "id" | "en" }) => {
  const rows = rowsOf<{ key: string; label: string | null; totalIdr: string }>(
    await db.execute(sql`
      SELECT s.category_slug AS "key", ${params.locale === "en" ? sql`c.name_en` : sql`c.name_id`} AS "label", s.total AS "totalIdr"
      FROM (SELECT ol.category_slug, sum(ol.line_total_idr) AS total FROM order_lines ol JOIN orders o ON o.id = ol.order_id
            WHERE ${inPeriod(params)} GROUP BY ol.category_slug) s
      LEFT JOIN categories c ON c.slug = s.category_slug`),
  );
  return rows.map((r) => ({ key: r.key, label: r.label ?? r.key, totalIdr: num(r.totalIdr) }));
};

/** The sellers the OPDs spent most with: amount, order count and whether the business is UMK now. */
export const listTopSellers = async (db: DbOrTx, params: Scope & { limit: number }) => {
  const rows = rowsOf<{ businessId: string; name: string; isUmk: boolean; orders: string | number; totalIdr: string }>(
    await db.execute(sql`
      SELECT b.id AS "businessId", b.legal_name AS "name", b.is_umk AS "isUmk", s.orders AS "orders", s.total AS "totalIdr"
      FROM (SELECT o.business_id, count(*) AS orders, sum(o.total_idr) AS total FROM orders o WHERE ${inPeriod(params)}
            GROUP BY o.business_id ORDER BY total DESC, o.business_id LIMIT ${params.limit}) s
      JOIN businesses b ON b.id = s.business_id
      ORDER BY s.total DESC, b.legal_name`),
  );
  return rows.map((r) => ({ businessId: r.businessId, name: r.name, isUmk: r.isUmk, orders: num(r.orders), totalIdr: num(r.totalIdr) }));
};
