import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { orders, purchaseRequests } from "../schema";
import { num, rowsOf } from "./columns";

// The OPD's spending, from orders approved and later: the compliance context and the per-OPD summary.

export const SPENDING = sql.raw(`('placed','accepted','shipped','received','invoiced','paid','closed')`);

/**
 * The OPD's spending orders (approved and later), newest first, each with its line values per category from
 * the order-line snapshots: what SELLER_ROTATION and SPLIT_PACKAGE look at.
 */
export const listOpdOrderHistory = async (db: DbOrTx, params: { opdId: string; limit?: number }) => {
  const rows = rowsOf<{ id: string; businessId: string; at: Date | string; categorySlug: string; amountIdr: string | number }>(
    await db.execute(sql`
      WITH recent AS (
        SELECT id, business_id, placed_at FROM orders
        WHERE opd_id = ${params.opdId} AND status IN ${SPENDING}
        ORDER BY placed_at DESC, id DESC LIMIT ${params.limit ?? 200}
      )
      SELECT r.id, r.business_id AS "businessId", r.placed_at AS "at", ol.category_slug AS "categorySlug", sum(ol.line_total_idr) AS "amountIdr"
      FROM recent r JOIN order_lines ol ON ol.order_id = r.id
      GROUP BY r.id, r.business_id, r.placed_at, ol.category_slug
      ORDER BY r.placed_at DESC, r.id DESC, ol.category_slug`),
  );
  const byOrder = new Map<string, { businessId: string; at: Date; lines: Array<{ categorySlug: string; amountIdr: number }> }>();
  for (const r of rows) {
    let order = byOrder.get(r.id);
    if (!order) {
      order = { businessId: r.businessId, at: new Date(r.at), lines: [] };
      byOrder.set(r.id, order);
    }
    order.lines.push({ categorySlug: r.categorySlug, amountIdr: num(r.amountIdr) });
  }
  return [...byOrder.values()];
};

export const opdScope = (params: { regionId?: string; opdIds?: readonly string[] }) => {
  if (params.opdIds) {
    return params.opdIds.length === 0 ? sql`false` : sql`o.opd_id IN (${sql.join(params.opdIds.map((id) => sql`${id}::uuid`), sql`, `)})`;
  }
  return params.regionId ? sql`o.opd_id IN (SELECT id FROM opds WHERE region_id = ${params.regionId})` : sql`true`;
};

/**
 * Fiscal-year totals per OPD of spending orders. The UMK and local parts on each order were summed from
 * its order-line snapshots when it was approved; tests recompute them from the lines independently.
 */
export const sumSpendByOpd = async (db: DbOrTx, params: { regionId?: string; opdIds?: readonly string[]; from: Date; to: Date }) => {
  const rows = rowsOf<{ opdId: string; totalIdr: string; umkIdr: string; localIdr: string }>(
    await db.execute(sql`
      SELECT o.opd_id AS "opdId",
             sum(o.total_idr) AS "totalIdr",
             sum(o.umk_total_idr) AS "umkIdr",
             sum(o.local_total_idr) AS "localIdr"
      FROM orders o
      WHERE ${opdScope(params)} AND o.status IN ${SPENDING}
        AND o.placed_at >= ${params.from.toISOString()}::timestamptz AND o.placed_at < ${params.to.toISOString()}::timestamptz
      GROUP BY o.opd_id`),
  );
  return new Map(rows.map((r) => [r.opdId, { totalIdr: num(r.totalIdr), umkIdr: num(r.umkIdr), localIdr: num(r.localIdr) }]));
};

/** Per OPD, how many requests with a justification (exceptions) stand behind spending orders of the period. */
export const countExceptionsByOpd = async (db: DbOrTx, params: { regionId?: string; opdIds?: readonly string[]; from: Date; to: Date }) => {
  const rows = rowsOf<{ opdId: string; exceptions: string | number }>(
    await db.execute(sql`
      SELECT o.opd_id AS "opdId", count(DISTINCT o.request_id) AS "exceptions"
      FROM orders o JOIN purchase_requests pr ON pr.id = o.request_id
      WHERE ${opdScope(params)} AND o.status IN ${SPENDING} AND pr.justification_code IS NOT NULL
        AND o.placed_at >= ${params.from.toISOString()}::timestamptz AND o.placed_at < ${params.to.toISOString()}::timestamptz
      GROUP BY o.opd_id`),
  );
  return new Map(rows.map((r) => [r.opdId, num(r.exceptions)]));
};

/**
 * Requests behind an OPD's spending orders in the period, with the UMK and local parts of what was ordered
 * (from the orders' snapshot sums): the auditor's drill-down from the summary line to each request.
 */
export const listSpendingRequests = (db: DbOrTx, params: { opdIds: readonly string[]; from: Date; to: Date }) =>
  params.opdIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          id: purchaseRequests.id,
          number: purchaseRequests.number,
          opdId: purchaseRequests.opdId,
          purpose: purchaseRequests.purpose,
          status: purchaseRequests.status,
          justificationCode: purchaseRequests.justificationCode,
          justificationText: purchaseRequests.justificationText,
          policyVersion: purchaseRequests.policyVersion,
          submittedAt: purchaseRequests.submittedAt,
          decidedAt: purchaseRequests.decidedAt,
          orderedIdr: sql<number>`sum(${orders.totalIdr})::bigint`.mapWith(Number),
          umkIdr: sql<number>`sum(${orders.umkTotalIdr})::bigint`.mapWith(Number),
          localIdr: sql<number>`sum(${orders.localTotalIdr})::bigint`.mapWith(Number),
        })
        .from(purchaseRequests)
        .innerJoin(orders, eq(orders.requestId, purchaseRequests.id))
        .where(
          and(
            inArray(purchaseRequests.opdId, [...params.opdIds]),
            sql`${orders.status} IN ${SPENDING}`,
            sql`${orders.placedAt} >= ${params.from.toISOString()}::timestamptz AND ${orders.placedAt} < ${params.to.toISOString()}::timestamptz`,
          ),
        )
        .groupBy(purchaseRequests.id)
        .orderBy(asc(purchaseRequests.decidedAt), asc(purchaseRequests.number));
