import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businessExposureDaily } from "../schema";
import { num, rowsOf } from "./columns";

export type ExposureCountRow = { businessId: string; day: string; impressions: number; productViews: number; cartAdds: number };

/**
 * Adds a batch of per-business-per-day counts in one statement (rows for businesses deleted meanwhile would
 * break the batch: they are skipped by joining on businesses).
 */
export const addExposureCounts = async (db: DbOrTx, rows: readonly ExposureCountRow[]) => {
  if (rows.length === 0) return;
  const values = sql.join(rows.map((r) => sql`(${r.businessId}::uuid, ${r.day}::date, ${r.impressions}::int, ${r.productViews}::int, ${r.cartAdds}::int)`), sql`, `);
  await db.execute(sql`
    INSERT INTO business_exposure_daily AS d (business_id, day, impressions, product_views, cart_adds)
    SELECT v.business_id, v.day, v.impressions, v.product_views, v.cart_adds
      FROM (VALUES ${values}) AS v(business_id, day, impressions, product_views, cart_adds)
      JOIN businesses b ON b.id = v.business_id
    ON CONFLICT (business_id, day) DO UPDATE SET
      impressions = d.impressions + excluded.impressions,
      product_views = d.product_views + excluded.product_views,
      cart_adds = d.cart_adds + excluded.cart_adds`);
};

export type FunnelTotals = { impressions: number; productViews: number; cartAdds: number; orders: number };

/**
 * A business's funnel over WITA days [fromDay, toDay]: counters summed, and its orders placed in those days
 * (approved and later, not declined or cancelled) from the order table itself.
 */
export const sumBusinessFunnel = async (db: DbOrTx, params: { businessId: string; fromDay: string; toDay: string }): Promise<FunnelTotals> => {
  const [row] = rowsOf<{ impressions: unknown; product_views: unknown; cart_adds: unknown; orders: unknown }>(await db.execute(sql`
    SELECT
      (SELECT coalesce(sum(impressions), 0) FROM business_exposure_daily
        WHERE business_id = ${params.businessId} AND day BETWEEN ${params.fromDay}::date AND ${params.toDay}::date) AS impressions,
      (SELECT coalesce(sum(product_views), 0) FROM business_exposure_daily
        WHERE business_id = ${params.businessId} AND day BETWEEN ${params.fromDay}::date AND ${params.toDay}::date) AS product_views,
      (SELECT coalesce(sum(cart_adds), 0) FROM business_exposure_daily
        WHERE business_id = ${params.businessId} AND day BETWEEN ${params.fromDay}::date AND ${params.toDay}::date) AS cart_adds,
      (SELECT count(*) FROM orders
        WHERE business_id = ${params.businessId} AND status NOT IN ('declined', 'cancelled')
          AND (placed_at AT TIME ZONE 'Asia/Makassar')::date BETWEEN ${params.fromDay}::date AND ${params.toDay}::date) AS orders`));
  return { impressions: num(row?.impressions), productViews: num(row?.product_views), cartAdds: num(row?.cart_adds), orders: num(row?.orders) };
};

export type ImpressionsByGroup = { kabupaten: Array<{ name: string; impressions: number }>; scale: Array<{ name: string; impressions: number }> };

/** Impressions over WITA days [fromDay, toDay] per seller kabupaten/kota and per scale (the business's current ones). */
export const sumImpressionsByGroup = async (db: DbOrTx, params: { fromDay: string; toDay: string }): Promise<ImpressionsByGroup> => {
  const rows = rowsOf<{ dimension: "kabupaten" | "scale"; name: string; impressions: unknown }>(await db.execute(sql`
    WITH counted AS (
      SELECT d.business_id, sum(d.impressions) AS impressions
        FROM business_exposure_daily d
       WHERE d.day BETWEEN ${params.fromDay}::date AND ${params.toDay}::date
       GROUP BY d.business_id
    )
    SELECT 'kabupaten' AS dimension, r.name, sum(c.impressions) AS impressions
      FROM counted c JOIN businesses b ON b.id = c.business_id JOIN regions r ON r.id = b.region_id
     GROUP BY r.name
    UNION ALL
    SELECT 'scale' AS dimension, b.scale::text AS name, sum(c.impressions) AS impressions
      FROM counted c JOIN businesses b ON b.id = c.business_id
     GROUP BY b.scale
    ORDER BY dimension, impressions DESC, name`));
  const of = (dimension: "kabupaten" | "scale") =>
    rows.filter((r) => r.dimension === dimension).map((r) => ({ name: r.name, impressions: num(r.impressions) }));
  return { kabupaten: of("kabupaten"), scale: of("scale") };
};
