import { csvTable, isoUtc, toCsv, witaDateTime, type CsvColumn } from "@/lib/domain/export/csv";
import type { Locale } from "@/lib/errors";
import type { PaymentClockOpdRow, PaymentClockView } from "@/lib/validation/views/payments";
import { pick, type Bilingual } from "./labels";

type Overdue = PaymentClockView["overdue"][number];

const localized = <R>(locale: Locale, columns: Array<{ header: Bilingual; value: CsvColumn<R>["value"] }>) =>
  columns.map((c) => ({ header: pick(c.header, locale), value: c.value }));

const opdColumns = (locale: Locale, maxDaysToPay: number) =>
  localized<PaymentClockOpdRow>(locale, [
    { header: { id: "OPD", en: "Office" }, value: (r) => r.name },
    { header: { id: "Dibayar (tagihan)", en: "Paid (invoices)" }, value: (r) => r.paidCount },
    { header: { id: "Median BAST → bayar (hari)", en: "Median BAST → paid (days)" }, value: (r) => r.medianDays },
    { header: { id: "P90 BAST → bayar (hari)", en: "P90 BAST → paid (days)" }, value: (r) => r.p90Days },
    { header: { id: "Pesanan belum lunas", en: "Orders not fully paid" }, value: (r) => r.openCount },
    { header: { id: `Terlambat (> ${maxDaysToPay} hari)`, en: `Overdue (> ${maxDaysToPay} days)` }, value: (r) => r.overdueCount },
    { header: { id: "ID OPD", en: "Office id" }, value: (r) => r.opdId },
  ]);

const overdueColumns = (locale: Locale) =>
  localized<Overdue>(locale, [
    { header: { id: "Pesanan terlambat dibayar", en: "Overdue order" }, value: (o) => o.orderNumber },
    { header: { id: "OPD", en: "Office" }, value: (o) => o.opdName },
    { header: { id: "Penjual", en: "Seller" }, value: (o) => o.businessName },
    { header: { id: "BAST (WITA)", en: "BAST (WITA)" }, value: (o) => witaDateTime(o.bastAt) },
    { header: { id: "BAST (UTC)", en: "BAST (UTC)" }, value: (o) => isoUtc(o.bastAt) },
    { header: { id: "Umur (hari)", en: "Age (days)" }, value: (o) => o.ageDays },
    { header: { id: "Tagihan (Rp)", en: "Outstanding (IDR)" }, value: (o) => o.outstandingIdr },
    { header: { id: "ID pesanan", en: "Order id" }, value: (o) => o.orderId },
  ]);

/** Two tables in one file, an empty line between: days BAST → paid per OPD, then every overdue order. */
export const paymentClockCsv = (clock: PaymentClockView, locale: Locale) =>
  toCsv([csvTable(opdColumns(locale, clock.maxDaysToPay), clock.opds), csvTable(overdueColumns(locale), clock.overdue)]);
