import { and, asc, eq, gt, gte, inArray, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../client";
import {
  budgetLines, businesses, categories, events, invoices, opds, orderLines, orders, payments, products, purchaseRequests, receipts, regions, requestLines,
} from "../schema";

// The open-data export reads a fiscal year one page of requests at a time (ocds.ts assembles each page): one
// keyset read of requests, then one read per table for the page's requests, never one per request. A request
// belongs to the fiscal year in which its orders were placed (WITA): orders are placed together when the PPK
// approves, the same instant the compliance summary counts spending by.

export type FiscalYearScope = { from: Date; to: Date };

const opdRegion = alias(regions, "opd_region");
const opdProvince = alias(regions, "opd_province");
const sellerProvince = alias(regions, "seller_province");

/** Requests with an order placed in [from, to), after `afterNumber` in number order, at most `limit`. */
export const listOcdsRequestPage = (db: DbOrTx, scope: FiscalYearScope, page: { afterNumber: string | null; limit: number }) =>
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
      neededBy: purchaseRequests.neededBy,
      eventId: purchaseRequests.eventId,
      opdId: opds.id,
      opdRegionId: opds.regionId,
      opdCode: opds.code,
      opdName: opds.name,
      regionCode: opdRegion.code,
      regionName: opdRegion.name,
      regionKind: opdRegion.kind,
      provinceName: opdProvince.name,
      budgetCode: budgetLines.code,
      budgetName: budgetLines.name,
      budgetYear: budgetLines.fiscalYear,
    })
    .from(purchaseRequests)
    .innerJoin(opds, eq(opds.id, purchaseRequests.opdId))
    .innerJoin(opdRegion, eq(opdRegion.id, opds.regionId))
    .leftJoin(opdProvince, eq(opdProvince.id, opdRegion.parentId))
    .innerJoin(budgetLines, eq(budgetLines.id, purchaseRequests.budgetLineId))
    .where(
      and(
        page.afterNumber === null ? undefined : gt(purchaseRequests.number, page.afterNumber),
        sql`EXISTS (SELECT 1 FROM ${orders} WHERE ${orders.requestId} = ${purchaseRequests.id}
                    AND ${orders.placedAt} >= ${scope.from.toISOString()}::timestamptz AND ${orders.placedAt} < ${scope.to.toISOString()}::timestamptz)`,
      ),
    )
    .orderBy(asc(purchaseRequests.number))
    .limit(page.limit);

/** Whether any order was placed in the period (an empty year has no package to publish). */
export const hasOcdsRequests = async (db: DbOrTx, scope: FiscalYearScope) => {
  const [row] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(gte(orders.placedAt, scope.from), lt(orders.placedAt, scope.to)))
    .limit(1);
  return row !== undefined;
};

export const listOcdsEvents = (db: DbOrTx, eventIds: string[]) =>
  db.select({ id: events.id, title: events.title }).from(events).where(inArray(events.id, eventIds));

export const listOcdsRequestLines = (db: DbOrTx, requestIds: string[]) =>
  db
    .select({
      id: requestLines.id,
      requestId: requestLines.requestId,
      title: requestLines.title,
      categorySlug: requestLines.categorySlug,
      categoryName: categories.nameId,
      unit: products.unit,
      quantity: requestLines.quantity,
      unitPriceIdr: requestLines.unitPriceIdr,
      businessId: requestLines.businessId,
      nib: requestLines.sellerNib,
      name: requestLines.sellerName,
      scale: requestLines.sellerScale,
      kabupaten: requestLines.sellerKabupaten,
      provinceName: sellerProvince.name,
      kbli: businesses.kbli,
    })
    .from(requestLines)
    .innerJoin(products, eq(products.id, requestLines.productId))
    .innerJoin(businesses, eq(businesses.id, requestLines.businessId))
    .innerJoin(sellerProvince, eq(sellerProvince.id, requestLines.sellerProvinceRegionId))
    .leftJoin(categories, eq(categories.slug, requestLines.categorySlug))
    .where(inArray(requestLines.requestId, requestIds))
    .orderBy(asc(requestLines.requestId), asc(requestLines.title), asc(requestLines.id));

export const listOcdsOrders = (db: DbOrTx, requestIds: string[]) =>
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
      cancelledAt: orders.cancelledAt,
    })
    .from(orders)
    .where(inArray(orders.requestId, requestIds))
    .orderBy(asc(orders.number));

export const listOcdsOrderLines = (db: DbOrTx, orderIds: string[]) =>
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
    .where(inArray(orderLines.orderId, orderIds))
    .orderBy(asc(orderLines.orderId), asc(orderLines.title), asc(orderLines.id));

export const listOcdsReceipts = (db: DbOrTx, orderIds: string[]) =>
  db
    .select({ id: receipts.id, orderId: receipts.orderId, number: receipts.number, signedAt: receipts.signedAt, receivedValueIdr: receipts.receivedValueIdr })
    .from(receipts)
    .where(inArray(receipts.orderId, orderIds))
    .orderBy(asc(receipts.signedAt), asc(receipts.number));

export const listOcdsInvoices = (db: DbOrTx, orderIds: string[]) =>
  db
    .select({
      id: invoices.id,
      orderId: invoices.orderId,
      number: invoices.number,
      receiptId: invoices.receiptId,
      issuedAt: invoices.issuedAt,
      amountIdr: invoices.amountIdr,
      paidAt: invoices.paidAt,
    })
    .from(invoices)
    .where(and(inArray(invoices.orderId, orderIds), sql`${invoices.status} <> 'cancelled'`))
    .orderBy(asc(invoices.issuedAt), asc(invoices.number));

/** Payments that moved money: succeeded, or succeeded and later refunded (a paid_at is then guaranteed). */
export const listOcdsPayments = (db: DbOrTx, orderIds: string[]) =>
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
    .where(and(inArray(payments.orderId, orderIds), inArray(payments.status, ["succeeded", "refunded"])))
    .orderBy(asc(payments.paidAt), asc(payments.id));

/**
 * Per request, the latest audit event about it or its orders, and per order when it was cancelled: the audit
 * trail dates changes no column does (closing an order), and cancellations recorded before orders.cancelled_at.
 */
export const listOcdsAuditTimes = async (db: DbOrTx, requestIds: string[]) => {
  const rows = (await db.execute(sql`
    WITH subjects AS (
      SELECT id AS request_id, 'purchase_request' AS entity, id::text AS entity_id, NULL::uuid AS order_id
      FROM purchase_requests WHERE id IN ${requestIds}
      UNION ALL
      SELECT o.request_id, 'order', o.id::text, o.id FROM orders o WHERE o.request_id IN ${requestIds}
    )
    SELECT s.request_id AS "requestId", s.order_id AS "orderId",
           max(a.at) AS "lastAt", max(a.at) FILTER (WHERE a.action = 'order.cancelled') AS "cancelledAt"
    FROM subjects s JOIN audit_events a ON a.entity = s.entity AND a.entity_id = s.entity_id
    -- A rating is not published, so it must not mint a new release.
    WHERE a.action <> 'order.rated'
    GROUP BY s.request_id, s.order_id`)) as unknown as Array<{ requestId: string; orderId: string | null; lastAt: string | Date; cancelledAt: string | Date | null }>;
  const at = (v: string | Date | null) => (v === null ? null : new Date(v));
  return rows.map((r) => ({ requestId: r.requestId, orderId: r.orderId, lastAt: at(r.lastAt)!, cancelledAt: at(r.cancelledAt) }));
};
