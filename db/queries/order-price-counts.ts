import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { num, opdsOfRegion, rowsOf } from "./columns";
import { SPENDING } from "./spending";

// order_price_counts (db/schema/flags.ts): lines per OPD, WITA fiscal year, category and unit price of spending
// orders, the input of the category medians. The year is the WITA year of placed_at, as fiscalYearRange reads it.

/** The counts of the given orders' lines, keyed as the table is and sorted by that key. */
const countsOfLines = (where: SQL) => sql`
  SELECT o.opd_id, extract(year FROM o.placed_at AT TIME ZONE 'Asia/Makassar')::int AS fiscal_year, ol.category_slug, ol.unit_price_idr,
         count(*)::int AS lines
  FROM order_lines ol JOIN orders o ON o.id = ol.order_id
  WHERE ${where}
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4`;

/**
 * Adds (placing) or subtracts (declining, cancelling) the lines of orders, in the caller's transaction. One
 * statement in key order, so two writers take the rows in the same order and never deadlock; callers run it last
 * before the audit chain, so a row is held only as long as that already serializes them. A count going below
 * zero means the table is already wrong: it throws, and the caller's transaction changes nothing. (Not a CHECK:
 * Postgres checks the row proposed for insertion, the negative delta itself, before it sees the conflict.)
 */
export const countOrderLinePrices = async (db: DbOrTx, params: { orderIds: readonly string[]; sign: 1 | -1 }) => {
  if (params.orderIds.length === 0) return;
  const ids = sql.join(params.orderIds.map((id) => sql`${id}::uuid`), sql`, `);
  const written = rowsOf<{ lines: number }>(
    await db.execute(sql`
      INSERT INTO order_price_counts AS c (opd_id, fiscal_year, category_slug, unit_price_idr, lines)
      SELECT opd_id, fiscal_year, category_slug, unit_price_idr, ${params.sign}::int * lines FROM (${countsOfLines(sql`o.id IN (${ids})`)}) AS d
      ON CONFLICT (opd_id, fiscal_year, category_slug, unit_price_idr) DO UPDATE SET lines = c.lines + excluded.lines
      RETURNING c.lines`),
  );
  if (written.some((r) => r.lines < 0)) throw new Error("order_price_counts out of balance: a count went below zero (rebuildOrderPriceCounts)");
};

/**
 * Recomputes the whole table from the spending order lines: after loads that write orders without the services
 * (the demo seed, the benches' bulk data) and in the migration that introduced it.
 */
export const rebuildOrderPriceCounts = async (db: DbOrTx) => {
  await db.execute(sql`DELETE FROM order_price_counts`);
  await db.execute(sql`
    INSERT INTO order_price_counts (opd_id, fiscal_year, category_slug, unit_price_idr, lines)
    ${countsOfLines(sql`o.status IN ${SPENDING}`)}`);
};

/** Unit prices paid per category (price → number of lines) on spending orders of a region's fiscal year. */
export const priceHistogramOfRegion = async (db: DbOrTx, params: { regionId: string; fiscalYear: number }) =>
  rowsOf<{ categorySlug: string; unitPriceIdr: string; lines: number }>(
    await db.execute(sql`
      SELECT category_slug AS "categorySlug", unit_price_idr AS "unitPriceIdr", sum(lines)::int AS "lines"
      FROM order_price_counts
      WHERE opd_id IN ${opdsOfRegion(params.regionId)} AND fiscal_year = ${params.fiscalYear}
      GROUP BY category_slug, unit_price_idr
      HAVING sum(lines) > 0`),
  ).map((r) => ({ categorySlug: r.categorySlug, unitPriceIdr: num(r.unitPriceIdr), lines: r.lines }));
