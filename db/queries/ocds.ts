import type { DbOrTx } from "../client";
import {
  hasOcdsRequests, listOcdsAuditTimes, listOcdsEvents, listOcdsInvoices, listOcdsOrderLines, listOcdsOrders, listOcdsPayments, listOcdsReceipts,
  listOcdsRequestLines, listOcdsRequestPage, type FiscalYearScope,
} from "./ocds-rows";

export type { FiscalYearScope } from "./ocds-rows";
export { hasOcdsRequests };

// Assembles each request's record from the per-table reads of ocds-rows.ts, one page of requests at a time.
// lib/domain/ocds/records is the shape the builder wants; the service assigns these rows to it, so the
// compiler checks the two agree (db/ does not import lib/domain).

// listOcdsPayments reads only these; the record says so in its type.
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
 * One page (keyset by request number) of the requests with an order placed in the period, each with its lines
 * (and their seller snapshots), orders, order lines, BASTs, invoices, money-moving payments, OPD, budget line
 * and kegiatan: the builder's input. `nextAfter` is the cursor for the next page, null after the last. Run
 * every page inside one repeatable-read transaction so the whole export sees the same moment.
 */
export const listOcdsRequestRecordPage = async (db: DbOrTx, scope: FiscalYearScope, page: { afterNumber: string | null; limit: number }) => {
  const requestRows = await listOcdsRequestPage(db, scope, page);
  if (requestRows.length === 0) return { records: [], nextAfter: null };
  const requestIds = requestRows.map((r) => r.id);
  const eventIds = [...new Set(requestRows.flatMap((r) => (r.eventId ? [r.eventId] : [])))];
  const lineRows = await listOcdsRequestLines(db, requestIds);
  const orderRows = await listOcdsOrders(db, requestIds);
  const orderIds = orderRows.map((o) => o.id);
  const orderLineRows = orderIds.length ? await listOcdsOrderLines(db, orderIds) : [];
  const receiptRows = orderIds.length ? await listOcdsReceipts(db, orderIds) : [];
  const invoiceRows = orderIds.length ? await listOcdsInvoices(db, orderIds) : [];
  const paymentRows = orderIds.length ? await listOcdsPayments(db, orderIds) : [];
  const auditRows = await listOcdsAuditTimes(db, requestIds);
  const eventRows = eventIds.length ? await listOcdsEvents(db, eventIds) : [];

  const linesByRequest = groupBy(lineRows, (l) => l.requestId);
  const ordersByRequest = groupBy(orderRows, (o) => o.requestId);
  const orderLinesByOrder = groupBy(orderLineRows, (l) => l.orderId);
  const receiptsByOrder = groupBy(receiptRows, (r) => r.orderId);
  const invoicesByOrder = groupBy(invoiceRows, (i) => i.orderId);
  const paymentsByOrder = groupBy(paymentRows, (p) => p.orderId);
  const auditByRequest = groupBy(auditRows, (a) => a.requestId);
  const cancelledAtByOrder = new Map(auditRows.filter((a) => a.orderId !== null).map((a) => [a.orderId!, a.cancelledAt]));
  const eventsById = new Map(eventRows.map((e) => [e.id, e]));

  const records = requestRows.map((r) => ({
    id: r.id,
    number: r.number,
    purpose: r.purpose,
    status: r.status,
    totalIdr: r.totalIdr,
    justificationCode: r.justificationCode,
    submittedAt: r.submittedAt,
    decidedAt: r.decidedAt,
    neededBy: r.neededBy,
    event: r.eventId ? (eventsById.get(r.eventId) ?? null) : null,
    opd: {
      id: r.opdId,
      regionId: r.opdRegionId,
      code: r.opdCode,
      name: r.opdName,
      regionCode: r.regionCode,
      // An OPD of the province sits in the province; one of a kabupaten/kota names it as its locality.
      provinceName: r.regionKind === "provinsi" ? r.regionName : (r.provinceName ?? r.regionName),
      locality: r.regionKind === "provinsi" ? null : r.regionName,
    },
    budgetLine: { code: r.budgetCode, name: r.budgetName, fiscalYear: r.budgetYear },
    lines: (linesByRequest.get(r.id) ?? []).map((l) => ({
      id: l.id,
      title: l.title,
      categorySlug: l.categorySlug,
      categoryName: l.categoryName ?? l.categorySlug,
      unit: l.unit,
      quantity: l.quantity,
      unitPriceIdr: l.unitPriceIdr,
      seller: { businessId: l.businessId, nib: l.nib, name: l.name, scale: l.scale, kabupaten: l.kabupaten, provinceName: l.provinceName, kbli: l.kbli },
    })),
    orders: (ordersByRequest.get(r.id) ?? []).map((o) => ({
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
      cancelledAt: o.status === "cancelled" ? (o.cancelledAt ?? cancelledAtByOrder.get(o.id) ?? null) : null,
      lines: (orderLinesByOrder.get(o.id) ?? []).map(({ orderId: _orderId, ...line }) => line),
      receipts: (receiptsByOrder.get(o.id) ?? []).map(({ orderId: _orderId, ...receipt }) => receipt),
      invoices: (invoicesByOrder.get(o.id) ?? []).map(({ orderId: _orderId, ...invoice }) => invoice),
      payments: (paymentsByOrder.get(o.id) ?? []).map(({ orderId: _orderId, ...p }) => ({ ...p, status: p.status as MoneyMovedStatus, paidAt: p.paidAt! })),
    })),
    lastAuditAt: latest((auditByRequest.get(r.id) ?? []).map((a) => a.lastAt)),
  }));
  return { records, nextAfter: requestRows.length < page.limit ? null : requestRows.at(-1)!.number };
};
