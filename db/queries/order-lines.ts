import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { orderLines, orders, requestLines } from "../schema";
import { num, opdsOfRegion, rowsOf, within, type Period } from "./columns";
import { SPENDING } from "./spending";

export const insertOrderLines = (db: DbOrTx, rows: Array<typeof orderLines.$inferInsert>) =>
  rows.length === 0 ? Promise.resolve([]) : db.insert(orderLines).values(rows).returning();

export const listOrderLines = (db: DbOrTx, orderId: string) =>
  db.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.id));

/** Adds received quantity only within what was ordered (the CHECK guards it too), on an order of the OPD. */
export const addReceivedQuantity = async (db: DbOrTx, params: { orderLineId: string; orderId: string; opdId: string; quantity: number }) => {
  const orderOfOpd = db.select({ id: orders.id }).from(orders).where(and(eq(orders.id, params.orderId), eq(orders.opdId, params.opdId)));
  const updated = await db
    .update(orderLines)
    .set({ receivedQuantity: sql`${orderLines.receivedQuantity} + ${params.quantity}` })
    .where(
      and(
        eq(orderLines.id, params.orderLineId),
        inArray(orderLines.orderId, orderOfOpd),
        sql`${orderLines.receivedQuantity} + ${params.quantity} <= ${orderLines.quantity}`,
      ),
    )
    .returning({ id: orderLines.id });
  return updated.length === 1;
};

export const findOrderSellerSnapshot = async (db: DbOrTx, orderId: string) => {
  const [row] = await db
    .select({
      nib: requestLines.sellerNib,
      name: requestLines.sellerName,
      kabupaten: requestLines.sellerKabupaten,
      scale: requestLines.sellerScale,
      isUmk: requestLines.sellerIsUmk,
    })
    .from(orderLines)
    .innerJoin(requestLines, eq(requestLines.id, orderLines.requestLineId))
    .where(eq(orderLines.orderId, orderId))
    .limit(1);
  return row ?? null;
};

// ---- red flags (issue 15): set-based reads over a region's fiscal year --------------------------------------

/**
 * Spending order lines of the period priced above their category's threshold (only those leave the database). The
 * price test is an index range per category (order_lines_category_price), before any join: only the candidates meet
 * orders and requests (materialized, so the planner does not walk every order of the year to reach them).
 */
export const listLinesPricedAbove = async (db: DbOrTx, params: { regionId: string; thresholds: ReadonlyMap<string, number> } & Period) => {
  if (params.thresholds.size === 0) return [];
  // One range of order_lines_category_price per category (a BitmapOr), so only the candidates are read.
  const above = sql.join([...params.thresholds].map(([slug, minIdr]) => sql`(ol.category_slug = ${slug}::text AND ol.unit_price_idr > ${minIdr}::bigint)`), sql` OR `);
  const rows = rowsOf<{ orderLineId: string; orderId: string; orderNumber: string; requestId: string; requestNumber: string; opdId: string; placedAt: string | Date; title: string; categorySlug: string; unitPriceIdr: string; quantity: number }>(
    await db.execute(sql`
      WITH candidates AS MATERIALIZED (
        SELECT ol.id, ol.order_id, ol.title, ol.category_slug, ol.unit_price_idr, ol.quantity FROM order_lines ol WHERE ${above}
      )
      SELECT c.id AS "orderLineId", o.id AS "orderId", o.number AS "orderNumber", o.request_id AS "requestId", pr.number AS "requestNumber",
             o.opd_id AS "opdId", o.placed_at AS "placedAt", c.title, c.category_slug AS "categorySlug", c.unit_price_idr AS "unitPriceIdr", c.quantity
      FROM candidates c
      JOIN orders o ON o.id = c.order_id
      JOIN purchase_requests pr ON pr.id = o.request_id
      WHERE o.opd_id IN ${opdsOfRegion(params.regionId)} AND o.status IN ${SPENDING} AND ${within(sql.raw("o.placed_at"), params)}`),
  );
  return rows.map((r) => ({ ...r, placedAt: new Date(r.placedAt), unitPriceIdr: num(r.unitPriceIdr) }));
};
