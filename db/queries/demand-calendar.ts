import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";

/** Orders that stood for a need: declined ones were re-ordered elsewhere and cancelled ones never were. */
const COUNTED = sql`o.status NOT IN ('declined', 'cancelled')`;

/** OPDs of the province (its own and its kabupaten/kota's), by the province's BPS code. */
const inProvince = (provinceCode: string) => sql`EXISTS (
  SELECT 1 FROM opds od JOIN regions r ON r.id = od.region_id LEFT JOIN regions parent ON parent.id = r.parent_id
   WHERE od.id = o.opd_id AND (r.code = ${provinceCode} OR parent.code = ${provinceCode}))`;

/**
 * Monthly totals per catalog category (WITA months) of the province's orders between two instants: quantity,
 * rupiah value and number of orders. Grouped by category and month only — no OPD, buyer or seller leaves the query.
 */
export const listMonthlyCategoryVolumes = async (db: DbOrTx, params: { provinceCode: string; from: Date; to: Date }) => {
  const rows = await db.execute<{ year: number; month: number; category_slug: string; category_name: string | null; quantity: number; value_idr: string; orders: number }>(sql`
    SELECT extract(year FROM o.placed_at AT TIME ZONE 'Asia/Makassar')::int AS year,
           extract(month FROM o.placed_at AT TIME ZONE 'Asia/Makassar')::int AS month,
           ol.category_slug, c.name_id AS category_name,
           sum(ol.quantity)::int AS quantity, sum(ol.line_total_idr)::text AS value_idr, count(DISTINCT o.id)::int AS orders
      FROM order_lines ol
      JOIN orders o ON o.id = ol.order_id
      LEFT JOIN categories c ON c.slug = ol.category_slug
     WHERE ${COUNTED} AND ${inProvince(params.provinceCode)}
       AND o.placed_at >= ${params.from.toISOString()}::timestamptz AND o.placed_at < ${params.to.toISOString()}::timestamptz
     GROUP BY 1, 2, 3, 4
     ORDER BY 1, 2, 3`);
  return [...rows].map((r) => ({
    year: Number(r.year),
    month: Number(r.month),
    categorySlug: r.category_slug,
    categoryName: r.category_name ?? r.category_slug,
    quantity: Number(r.quantity),
    valueIdr: Number(r.value_idr),
    orders: Number(r.orders),
  }));
};

/** The WITA month ("YYYY-MM") of the province's first counted order: history starts there. */
export const findFirstOrderMonth = async (db: DbOrTx, provinceCode: string): Promise<string | null> => {
  const [row] = (await db.execute(sql`
    SELECT to_char(min(o.placed_at) AT TIME ZONE 'Asia/Makassar', 'YYYY-MM') AS month
      FROM orders o WHERE ${COUNTED} AND ${inProvince(provinceCode)}`)) as unknown as Array<{ month: string | null }>;
  return row?.month ?? null;
};
