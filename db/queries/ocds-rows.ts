import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { budgetLines, opds, orderLines, orders, payments, purchaseRequests, receipts, regions, requestLines } from "../schema";

// One read per table for the open-data export of a fiscal year (ocds.ts assembles them). A request belongs to
// the fiscal year in which its orders were placed (WITA): orders are placed together when the PPK approves,
// the same instant the compliance summary counts spending by.

export type FiscalYearScope = { from: Date; to: Date };

/** The ids of requests with an order placed in [from, to), as a subquery every read below filters by. */
const requestIdsOfPeriod = (db: DbOrTx, scope: FiscalYearScope) =>
  db
    .selectDistinct({ id: orders.requestId })
    .from(orders)
    .where(and(gte(orders.placedAt, scope.from), lt(orders.placedAt, scope.to)));

export const listOcdsRequests = (db: DbOrTx, scope: FiscalYearScope) =>
  db
    .select({
      id: purchaseRequests.id,
      number: purchaseRequests.number,
      purpose: purchaseRequests.purpose,
      status: purchaseRequests.status,
      totalIdr: purchaseRequests.totalIdr,
      justificationCode: purchaseRequests.justificationCode,
      submittedAt: purchaseRequests.submittedAt,
      decidedAt: purchaseRequests.decidedAt,
      opdId: opds.id,
      opdCode: opds.code,
      opdName: opds.name,
      regionName: regions.name,
      budgetCode: budgetLines.code,
      budgetName: budgetLines.name,
      budgetYear: budgetLines.fiscalYear,
    })
    .from(purchaseRequests)
    .innerJoin(opds, eq(opds.id, purchaseRequests.opdId))
    .innerJoin(regions, eq(regions.id, opds.regionId))
    .innerJoin(budgetLines, eq(budgetLines.id, purchaseRequests.budgetLineId))
    .where(inArray(purchaseRequests.id, requestIdsOfPeriod(db, scope)))
    .orderBy(asc(purchaseRequests.decidedAt), asc(purchaseRequests.number));

export const listOcdsRequestLines = (db: DbOrTx, scope: FiscalYearScope) =>
  db
    .select({
      id: requestLines.id,
      requestId: requestLines.requestId,
      title: requestLines.title,
      categorySlug: requestLines.categorySlug,
      quantity: requestLines.quantity,
      unitPriceIdr: requestLines.unitPriceIdr,
      businessId: requestLines.businessId,
      nib: requestLines.sellerNib,
      name: requestLines.sellerName,
      scale: requestLines.sellerScale,
      kabupaten: requestLines.sellerKabupaten,
    })
    .from(requestLines)
    .where(inArray(requestLines.requestId, requestIdsOfPeriod(db, scope)))
    .orderBy(asc(requestLines.requestId), asc(requestLines.title), asc(requestLines.id));

export const listOcdsOrders = (db: DbOrTx, scope: FiscalYearScope) =>
  db
    .select({
      id: orders.id,
      requestId: orders.requestId,
      number: orders.number,
      businessId: orders.businessId,
      status: orders.status,
      totalIdr: orders.totalIdr,
      placedAt: orders.placedAt,
      acceptedAt: orders.acceptedAt,
      declinedAt: orders.declinedAt,
      shippedAt: orders.shippedAt,
      receivedAt: orders.receivedAt,
    })
    .from(orders)
    .where(inArray(orders.requestId, requestIdsOfPeriod(db, scope)))
    .orderBy(asc(orders.number));

export const listOcdsOrderLines = (db: DbOrTx, scope: FiscalYearScope) =>
  db
    .select({
      id: orderLines.id,
      orderId: orderLines.orderId,
      requestLineId: orderLines.requestLineId,
      title: orderLines.title,
      quantity: orderLines.quantity,
      unitPriceIdr: orderLines.unitPriceIdr,
      receivedQuantity: orderLines.receivedQuantity,
    })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(inArray(orders.requestId, requestIdsOfPeriod(db, scope)))
    .orderBy(asc(orderLines.orderId), asc(orderLines.title), asc(orderLines.id));

export const listOcdsReceipts = (db: DbOrTx, scope: FiscalYearScope) =>
  db
    .select({ id: receipts.id, orderId: receipts.orderId, number: receipts.number, signedAt: receipts.signedAt, receivedValueIdr: receipts.receivedValueIdr })
    .from(receipts)
    .innerJoin(orders, eq(orders.id, receipts.orderId))
    .where(inArray(orders.requestId, requestIdsOfPeriod(db, scope)))
    .orderBy(asc(receipts.signedAt), asc(receipts.number));

/** Payments that moved money: succeeded, or succeeded and later refunded (a paid_at is then guaranteed). */
export const listOcdsPayments = (db: DbOrTx, scope: FiscalYearScope) =>
  db
    .select({
      id: payments.id,
      orderId: payments.orderId,
      method: payments.method,
      status: payments.status,
      amountIdr: payments.amountIdr,
      paidAt: payments.paidAt,
      refundedAmountIdr: payments.refundedAmountIdr,
      refundedAt: payments.refundedAt,
      updatedAt: payments.updatedAt,
    })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(and(inArray(orders.requestId, requestIdsOfPeriod(db, scope)), inArray(payments.status, ["succeeded", "refunded"])))
    .orderBy(asc(payments.paidAt), asc(payments.id));

/**
 * Per request and per order, the latest audit event and (for orders) when it was cancelled: the audit
 * trail is the only place a cancellation or a closing is dated, and it dates every other change too.
 */
export const listOcdsAuditTimes = async (db: DbOrTx, scope: FiscalYearScope) => {
  const rows = (await db.execute(sql`
    WITH period AS (
      SELECT DISTINCT request_id FROM orders
      WHERE placed_at >= ${scope.from.toISOString()}::timestamptz AND placed_at < ${scope.to.toISOString()}::timestamptz
    ), subjects AS (
      SELECT request_id, 'purchase_request' AS entity, request_id::text AS entity_id, NULL::uuid AS order_id FROM period
      UNION ALL
      SELECT o.request_id, 'order', o.id::text, o.id FROM orders o JOIN period p ON p.request_id = o.request_id
    )
    SELECT s.request_id AS "requestId", s.order_id AS "orderId",
           max(a.at) AS "lastAt", max(a.at) FILTER (WHERE a.action = 'order.cancelled') AS "cancelledAt"
    FROM subjects s JOIN audit_events a ON a.entity = s.entity AND a.entity_id = s.entity_id
    -- A rating is not published, so it must not mint a new release id.
    WHERE a.action <> 'order.rated'
    GROUP BY s.request_id, s.order_id`)) as unknown as Array<{ requestId: string; orderId: string | null; lastAt: string | Date; cancelledAt: string | Date | null }>;
  const at = (v: string | Date | null) => (v === null ? null : new Date(v));
  return rows.map((r) => ({ requestId: r.requestId, orderId: r.orderId, lastAt: at(r.lastAt)!, cancelledAt: at(r.cancelledAt) }));
};
