import type { InvoiceRow } from "@/db/queries/invoices";
import type { orders, payments, payouts } from "@/db/schema";
import { maskAccountNumber } from "@/lib/domain/payments/amounts";
import type { InvoiceView, PaymentView, PayoutView } from "./types";

// Rows as the payments services read them, and the views they answer with.

export type OrderRow = typeof orders.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;
export type PayoutRow = typeof payouts.$inferSelect;

export const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const invoiceView = (row: InvoiceRow): InvoiceView => ({
  id: row.id,
  number: row.number,
  amountIdr: row.amountIdr,
  status: row.status,
  issuedAt: row.issuedAt.toISOString(),
  paidAt: iso(row.paidAt),
  receiptId: row.receiptId,
  bastNumber: row.bastNumber,
});

export const paymentView = (payment: PaymentRow, recordedByName: string | null): PaymentView => ({
  id: payment.id,
  method: payment.method,
  status: payment.status,
  amountIdr: payment.amountIdr,
  reference: payment.reference,
  paidAt: iso(payment.paidAt),
  refundedAmountIdr: payment.refundedAmountIdr,
  refundedAt: iso(payment.refundedAt),
  recordedBy: payment.recordedBy ? { id: payment.recordedBy, name: recordedByName ?? "" } : null,
});

export const payoutView = (payout: PayoutRow): PayoutView => ({
  id: payout.id,
  paymentId: payout.paymentId,
  method: payout.method,
  amountIdr: payout.amountIdr,
  reference: payout.reference,
  disbursedAt: payout.disbursedAt.toISOString(),
  bankName: payout.bankName,
  accountNumber: maskAccountNumber(payout.accountNumber),
  stripeTransferId: payout.stripeTransferId,
});
