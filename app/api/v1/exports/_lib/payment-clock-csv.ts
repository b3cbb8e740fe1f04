import { toCsv } from "@/lib/domain/export/csv";
import { exportTable, idrColumn, numberColumn, textColumn, toCsvTable, utcColumn, witaColumn, type ExportTable } from "@/lib/domain/export/typed-table";
import type { Locale } from "@/lib/errors";
import type { PaymentClockOpdRow, PaymentClockView } from "@/lib/validation/views/payments";
import { pick, type Bilingual } from "./labels";

type Overdue = PaymentClockView["overdue"][number];

const opdColumns = (locale: Locale, maxDaysToPay: number) => {
  const h = (header: Bilingual) => pick(header, locale);
  type R = PaymentClockOpdRow;
  return [
    textColumn<R>(h({ id: "OPD", en: "Office" }), (r) => r.name),
    numberColumn<R>(h({ id: "Dibayar (tagihan)", en: "Paid (invoices)" }), (r) => r.paidCount),
    numberColumn<R>(h({ id: "Median BAST → bayar (hari)", en: "Median BAST → paid (days)" }), (r) => r.medianDays),
    numberColumn<R>(h({ id: "P90 BAST → bayar (hari)", en: "P90 BAST → paid (days)" }), (r) => r.p90Days),
    numberColumn<R>(h({ id: "Pesanan belum lunas", en: "Orders not fully paid" }), (r) => r.openCount),
    numberColumn<R>(h({ id: `Terlambat (> ${maxDaysToPay} hari)`, en: `Overdue (> ${maxDaysToPay} days)` }), (r) => r.overdueCount),
    textColumn<R>(h({ id: "ID OPD", en: "Office id" }), (r) => r.opdId),
  ];
};

const overdueColumns = (locale: Locale) => {
  const h = (header: Bilingual) => pick(header, locale);
  type R = Overdue;
  return [
    textColumn<R>(h({ id: "Pesanan terlambat dibayar", en: "Overdue order" }), (o) => o.orderNumber),
    textColumn<R>(h({ id: "OPD", en: "Office" }), (o) => o.opdName),
    textColumn<R>(h({ id: "Penjual", en: "Seller" }), (o) => o.businessName),
    witaColumn<R>(h({ id: "BAST (WITA)", en: "BAST (WITA)" }), (o) => o.bastAt),
    utcColumn<R>(h({ id: "BAST (UTC)", en: "BAST (UTC)" }), (o) => o.bastAt),
    numberColumn<R>(h({ id: "Umur (hari)", en: "Age (days)" }), (o) => o.ageDays),
    idrColumn<R>(h({ id: "Tagihan (Rp)", en: "Outstanding (IDR)" }), (o) => o.outstandingIdr),
    textColumn<R>(h({ id: "ID pesanan", en: "Order id" }), (o) => o.orderId),
  ];
};

/** Two tables: days BAST → paid per OPD, then every overdue order (two sheets in a workbook). */
export const paymentClockTables = (clock: PaymentClockView, locale: Locale): ExportTable[] => [
  exportTable(locale === "en" ? "Payment clock" : "Jam pembayaran", opdColumns(locale, clock.maxDaysToPay), clock.opds),
  exportTable(locale === "en" ? "Overdue" : "Terlambat", overdueColumns(locale), clock.overdue),
];

/** Two tables in one file, an empty line between. */
export const paymentClockCsv = (clock: PaymentClockView, locale: Locale) => toCsv(paymentClockTables(clock, locale).map(toCsvTable));
