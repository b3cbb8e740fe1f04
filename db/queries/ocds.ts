import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { budgetLines, opds, orderLines, orders, payments, purchaseRequests, receipts, regions, requestLines } from "../schema";

// The open-data export reads a fiscal year in a fixed number of queries (one per table, never one per
// request). A request belongs to the fiscal year in which its orders were placed (WITA): orders are placed
// together when the PPK approves, the same instant the compliance summary counts spending by.

export type FiscalYearScope = { from: Date; to: Date };

// listPayments reads only these; the record says so in its type. lib/domain/ocds/records is the shape the
// builder wants, and the service assigns these rows to it, so the compiler checks the two agree.
type MoneyMovedStatus = "succeeded" | "refunded";

/** The ids of requests with an order placed in [from, to), as a subquery every read below filters by. */
const requestIdsOfPeriod = (db: DbOrTx, scope: FiscalYearScope) =>
  db
    .selectDistinct({ id: orders.requestId })
    .from(orders)
    .where(and(gte(orders.placedAt, scope.from), lt(orders.placedAt, scope.to)));

const listRequests = (db: DbOrTx, scope: FiscalYearScope) =>
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

const listRequestLines = (db: DbOrTx, scope: FiscalYearScope) =>
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

const listOrders = (db: DbOrTx, scope: FiscalYearScope) =>
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

const listOrderLines = (db: DbOrTx, scope: FiscalYearScope) =>
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

const listReceipts = (db: DbOrTx, scope: FiscalYearScope) =>
  db
    .select({ id: receipts.id, orderId: receipts.orderId, number: receipts.number, signedAt: receipts.signedAt, receivedValueIdr: receipts.receivedValueIdr })
    .from(receipts)
    .innerJoin(orders, eq(orders.id, receipts.orderId))
    .where(inArray(orders.requestId, requestIdsOfPeriod(db, scope)))
    .orderBy(asc(receipts.signedAt), asc(receipts.number));

/** Payments that moved money: succeeded, or succeeded and later refunded (a paid_at is then guaranteed). */
const listPayments = (db: DbOrTx, scope: FiscalYearScope) =>
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
const listAuditTimes = async (db: DbOrTx, scope: FiscalYearScope) => {
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

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K) => {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
};

const latest = (dates: Array<Date | null>) => {
  const times = dates.filter((d): d is Date => d !== null).map((d) => d.getTime());
  return times.length === 0 ? null : new Date(Math.max(...times));
};

/**
 * Every request with an order placed in the period, with its lines (and their seller snapshots), orders,
 * order lines, BASTs, money-moving payments, OPD and budget line: the builder's input. Run it inside one
 * (repeatable-read) transaction so the seven reads see the same moment.
 */
export const listOcdsRequestRecords = async (db: DbOrTx, scope: FiscalYearScope) => {
  const requestRows = await listRequests(db, scope);
  if (requestRows.length === 0) return [];
  const lineRows = await listRequestLines(db, scope);
  const orderRows = await listOrders(db, scope);
  const orderLineRows = await listOrderLines(db, scope);
  const receiptRows = await listReceipts(db, scope);
  const paymentRows = await listPayments(db, scope);
  const auditRows = await listAuditTimes(db, scope);

  const linesByRequest = groupBy(lineRows, (l) => l.requestId);
  const ordersByRequest = groupBy(orderRows, (o) => o.requestId);
  const orderLinesByOrder = groupBy(orderLineRows, (l) => l.orderId);
  const receiptsByOrder = groupBy(receiptRows, (r) => r.orderId);
  const paymentsByOrder = groupBy(paymentRows, (p) => p.orderId);
  const auditByRequest = groupBy(auditRows, (a) => a.requestId);
  const cancelledAtByOrder = new Map(auditRows.filter((a) => a.orderId !== null).map((a) => [a.orderId!, a.cancelledAt]));

  return requestRows.map((r) => ({
    id: r.id,
    number: r.number,
    purpose: r.purpose,
    status: r.status,
    totalIdr: r.totalIdr,
    justificationCode: r.justificationCode,
    submittedAt: r.submittedAt,
    decidedAt: r.decidedAt,
    opd: { id: r.opdId, code: r.opdCode, name: r.opdName, regionName: r.regionName },
    budgetLine: { code: r.budgetCode, name: r.budgetName, fiscalYear: r.budgetYear },
    lines: (linesByRequest.get(r.id) ?? []).map(
      (l) => ({
        id: l.id,
        title: l.title,
        categorySlug: l.categorySlug,
        quantity: l.quantity,
        unitPriceIdr: l.unitPriceIdr,
        seller: { businessId: l.businessId, nib: l.nib, name: l.name, scale: l.scale, kabupaten: l.kabupaten },
      }),
    ),
    orders: (ordersByRequest.get(r.id) ?? []).map(
      (o) => ({
        id: o.id,
        number: o.number,
        businessId: o.businessId,
        status: o.status,
        totalIdr: o.totalIdr,
        placedAt: o.placedAt,
        acceptedAt: o.acceptedAt,
        declinedAt: o.declinedAt,
        shippedAt: o.shippedAt,
        receivedAt: o.receivedAt,
        cancelledAt: o.status === "cancelled" ? (cancelledAtByOrder.get(o.id) ?? null) : null,
        lines: (orderLinesByOrder.get(o.id) ?? []).map(({ orderId: _orderId, ...line }) => line),
        receipts: (receiptsByOrder.get(o.id) ?? []).map(({ orderId: _orderId, ...receipt }) => receipt),
        payments: (paymentsByOrder.get(o.id) ?? []).map(
          ({ orderId: _orderId, ...p }) => ({ ...p, status: p.status as MoneyMovedStatus, paidAt: p.paidAt! }),
        ),
      }),
    ),
    lastAuditAt: latest((auditByRequest.get(r.id) ?? []).map((a) => a.lastAt)),
  }));
};
