import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businesses, opds, orders } from "../schema";
import { num, opdsOfRegion, rowsOf, within, type Period } from "./columns";
import { SPENDING } from "./spending";

export const insertOrder = async (db: DbOrTx, row: typeof orders.$inferInsert) => {
  const [inserted] = await db.insert(orders).values(row).returning();
  return inserted!;
};

export const findOrder = async (db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}) => {
  const query = db.select().from(orders).where(eq(orders.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
};

export const listOrdersOfRequest = (db: DbOrTx, requestId: string) =>
  db.select().from(orders).where(eq(orders.requestId, requestId)).orderBy(asc(orders.number));

/** Whose order a write is for: the buying OPD's or the selling business's. */
export type OrderScope = { id: string; opdId: string } | { id: string; businessId: string };

const ofOwner = (scope: OrderScope) =>
  and(eq(orders.id, scope.id), "opdId" in scope ? eq(orders.opdId, scope.opdId) : eq(orders.businessId, scope.businessId));

/** Changes the order only when it belongs to the scope's OPD or business; null (nothing changed) otherwise. */
export const updateOrder = async (db: DbOrTx, scope: OrderScope, set: Partial<typeof orders.$inferInsert>) => {
  const [updated] = await db.update(orders).set(set).where(ofOwner(scope)).returning();
  return updated ?? null;
};

/** Orders of the given OPDs and/or businesses, newest first, optionally in some statuses: order lists. */
export const listOrdersFor = (db: DbOrTx, params: { opdIds?: readonly string[]; businessIds?: readonly string[]; statuses?: ReadonlyArray<(typeof orders.$inferSelect)["status"]>; limit?: number }) => {
  const scopes = [
    params.opdIds && params.opdIds.length > 0 ? inArray(orders.opdId, [...params.opdIds]) : undefined,
    params.businessIds && params.businessIds.length > 0 ? inArray(orders.businessId, [...params.businessIds]) : undefined,
  ].filter((s) => s !== undefined);
  if (scopes.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      totalIdr: orders.totalIdr,
      businessId: orders.businessId,
      businessName: businesses.legalName,
      opdId: orders.opdId,
      opdName: opds.name,
      requestId: orders.requestId,
      placedAt: orders.placedAt,
      receivedAt: orders.receivedAt,
    })
    .from(orders)
    .innerJoin(businesses, eq(businesses.id, orders.businessId))
    .innerJoin(opds, eq(opds.id, orders.opdId))
    .where(
      and(
        scopes.length === 1 ? scopes[0] : sql`(${scopes[0]} OR ${scopes[1]})`,
        params.statuses && params.statuses.length > 0 ? inArray(orders.status, [...params.statuses]) : undefined,
      ),
    )
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(params.limit ?? 200);
};

// Qualified by hand: drizzle renders a column of a one-table select unqualified, which the subqueries' own
// tables would make ambiguous.
const ORDER_ID = sql.raw(`"orders"."id"`);

/**
 * Every order of a business with what a storefront's proof needs: the quantities ordered and received, how many
 * BASTs it has, and the longest lead time among its products (what the buyer was promised). Cancelled and
 * declined orders are kept: the proof decides what counts.
 */
export const listOrdersForProof = (db: DbOrTx, params: { businessId: string }) =>
  db
    .select({
      opdId: orders.opdId,
      status: orders.status,
      placedAt: orders.placedAt,
      shippedAt: orders.shippedAt,
      leadTimeDays: sql<number>`(SELECT coalesce(max(p.lead_time_days), 0)::int FROM order_lines ol JOIN products p ON p.id = ol.product_id WHERE ol.order_id = ${ORDER_ID})`.mapWith(Number),
      orderedQuantity: sql<number>`(SELECT coalesce(sum(ol.quantity), 0)::int FROM order_lines ol WHERE ol.order_id = ${ORDER_ID})`.mapWith(Number),
      receivedQuantity: sql<number>`(SELECT coalesce(sum(ol.received_quantity), 0)::int FROM order_lines ol WHERE ol.order_id = ${ORDER_ID})`.mapWith(Number),
      receiptCount: sql<number>`(SELECT count(*)::int FROM receipts r WHERE r.order_id = ${ORDER_ID})`.mapWith(Number),
    })
    .from(orders)
    .where(eq(orders.businessId, params.businessId));
// --- exposure (issue 13): Etalase lift -----------------------------------------------------------------------

/**
 * When and by which OPD each of these businesses was ordered from (approved orders, not declined or cancelled),
 * for the lift of featuring; all time, since a "new" OPD buyer is one that never ordered before.
 */
export const listOrderTimesOfBusinesses = (db: DbOrTx, businessIds: readonly string[]) =>
  businessIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ businessId: orders.businessId, opdId: orders.opdId, placedAt: orders.placedAt })
        .from(orders)
        .where(and(inArray(orders.businessId, [...businessIds]), sql`${orders.status} NOT IN ('declined', 'cancelled')`))
        .orderBy(asc(orders.placedAt));
// ---- red flags (issue 15): set-based reads over a region's fiscal year -------------------------------------

/** Spend per OPD × seller on spending orders of the period: the concentration (HHI) input. */
export const sumSpendByOpdAndSeller = async (db: DbOrTx, params: { regionId: string } & Period) =>
  rowsOf<{ opdId: string; businessId: string; businessName: string; spendIdr: string; orders: number; lastOrderAt: string | Date }>(
    await db.execute(sql`
      SELECT o.opd_id AS "opdId", o.business_id AS "businessId", b.legal_name AS "businessName", sum(o.total_idr) AS "spendIdr",
             count(*)::int AS "orders", max(o.placed_at) AS "lastOrderAt"
      FROM orders o JOIN businesses b ON b.id = o.business_id
      WHERE o.opd_id IN ${opdsOfRegion(params.regionId)} AND o.status IN ${SPENDING} AND ${within(sql.raw("o.placed_at"), params)}
      GROUP BY o.opd_id, o.business_id, b.legal_name`),
  ).map((r) => ({ ...r, spendIdr: num(r.spendIdr), lastOrderAt: new Date(r.lastOrderAt) }));

/** Orders of the period still shipped without any BAST, shipped more than `minDays` calendar days before `now`. */
export const listShippedWithoutReceipt = async (db: DbOrTx, params: { regionId: string; now: Date; minDays: number } & Period) =>
  rowsOf<{ orderId: string; orderNumber: string; opdId: string; businessName: string; totalIdr: string; shippedAt: string | Date }>(
    await db.execute(sql`
      SELECT o.id AS "orderId", o.number AS "orderNumber", o.opd_id AS "opdId", b.legal_name AS "businessName", o.total_idr AS "totalIdr", o.shipped_at AS "shippedAt"
      FROM orders o JOIN businesses b ON b.id = o.business_id
      WHERE o.opd_id IN ${opdsOfRegion(params.regionId)} AND o.status = 'shipped' AND ${within(sql.raw("o.placed_at"), params)}
        AND o.shipped_at IS NOT NULL AND ${params.now.toISOString()}::timestamptz - o.shipped_at > make_interval(days => ${params.minDays})
        AND NOT EXISTS (SELECT 1 FROM receipts r WHERE r.order_id = o.id)`),
  ).map((r) => ({ ...r, totalIdr: num(r.totalIdr), shippedAt: new Date(r.shippedAt) }));
