import type { DbOrTx } from "../client";
import {
  listOcdsAuditTimes, listOcdsOrderLines, listOcdsOrders, listOcdsPayments, listOcdsReceipts, listOcdsRequestLines, listOcdsRequests,
  type FiscalYearScope,
} from "./ocds-rows";

export type { FiscalYearScope } from "./ocds-rows";

// The open-data export reads a fiscal year in a fixed number of queries (one per table, never one per
// request; see ocds-rows.ts) and assembles each request's record from them.

// listOcdsPayments reads only these; the record says so in its type. lib/domain/ocds/records is the shape the
// builder wants, and the service assigns these rows to it, so the compiler checks the two agree.
type MoneyMovedStatus = "succeeded" | "refunded";

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
  const requestRows = await listOcdsRequests(db, scope);
  if (requestRows.length === 0) return [];
  const lineRows = await listOcdsRequestLines(db, scope);
  const orderRows = await listOcdsOrders(db, scope);
  const orderLineRows = await listOcdsOrderLines(db, scope);
  const receiptRows = await listOcdsReceipts(db, scope);
  const paymentRows = await listOcdsPayments(db, scope);
  const auditRows = await listOcdsAuditTimes(db, scope);

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
