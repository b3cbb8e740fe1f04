import type { DbOrTx } from "@/db/client";
import { realizeBudget, unrealizeBudget } from "@/db/queries/budget-lines";
import { listInvoicesOfOrder, markInvoicesPaid, type InvoiceRow } from "@/db/queries/invoices";
import { listPaymentsOfOrder } from "@/db/queries/payments";
import { listPayoutsOfOrder } from "@/db/queries/payouts";
import { sumReceivedValue } from "@/db/queries/receipts";
import { updateOrder } from "@/db/queries/orders";
import type { orders, payments, payouts } from "@/db/schema";
import { maskAccountNumber, orderStatusAfterSettlement, outstandingIdr, remainingToReceiveIdr } from "@/lib/domain/payments/amounts";
import { canTransitionOrder, type OrderStatus } from "@/lib/domain/procurement/state-machine";
import type { AuditActor } from "@/lib/services/audit/append-audit-event";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { conflict } from "@/lib/errors";
import type { InvoiceView, PaymentView, PayoutView } from "./types";
import { orNotFound } from "@/lib/services/or-not-found";

// Helpers shared by the payments operations (one operation per file lives next to this).

export type OrderRow = typeof orders.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;
export type PayoutRow = typeof payouts.$inferSelect;

export const PAYMENT_MESSAGES = {
  notReceived: { id: "Pesanan ini belum diterima (belum ada BAST), jadi belum bisa dibayar.", en: "This order has not been received (no BAST yet), so it cannot be paid." },
  alreadyPaid: { id: "Tagihan pesanan ini sudah lunas.", en: "This order's invoices are already paid." },
  cardPending: {
    id: "Pembayaran kartu KKPD untuk pesanan ini sedang berlangsung. Tunggu sampai selesai atau kedaluwarsa.",
    en: "A KKPD card payment for this order is in progress. Wait until it completes or expires.",
  },
  amountMismatch: (expectedIdr: number) => ({
    id: `Jumlah harus sama dengan tagihan terbuka: Rp${expectedIdr.toLocaleString("id-ID")}.`,
    en: `The amount must equal the open invoices: IDR ${expectedIdr.toLocaleString("en-US")}.`,
  }),
  paidInFuture: { id: "Tanggal bayar tidak boleh di masa depan.", en: "The payment date cannot be in the future." },
  paidBeforeBast: { id: "Tanggal bayar tidak boleh sebelum tanggal BAST.", en: "The payment date cannot be before the BAST date." },
  referenceUsed: { id: "Nomor referensi ini sudah dipakai untuk pembayaran lain.", en: "This reference has already been used for another payment." },
  cardDisabled: { id: "Pembayaran kartu tidak tersedia di sistem ini.", en: "Card payments are not available on this system." },
  budgetOutOfBalance: { id: "Komitmen anggaran tidak sesuai tagihan.", en: "The budget commitment does not match the invoices." },
} as const;

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

/** Everything money-related about one order, read in the caller's transaction. */
export const loadOrderMoney = async (db: DbOrTx, order: Pick<OrderRow, "id" | "totalIdr">) => {
  const [invoices, payments, payouts, receivedIdr] = await Promise.all([
    listInvoicesOfOrder(db, order.id),
    listPaymentsOfOrder(db, order.id),
    listPayoutsOfOrder(db, order.id),
    sumReceivedValue(db, order.id),
  ]);
  return {
    invoices,
    payments,
    payouts,
    outstandingIdr: outstandingIdr(invoices),
    remainingToReceiveIdr: remainingToReceiveIdr(order.totalIdr, [receivedIdr]),
    receivedIdr,
  };
};

type OrderMoney = Awaited<ReturnType<typeof loadOrderMoney>>;

/** The status the order's money calls for (see orderStatusAfterSettlement): payouts mark card payments disbursed. */
export const settlementStatus = (money: Pick<OrderMoney, "outstandingIdr" | "remainingToReceiveIdr" | "payments" | "payouts">) => {
  const disbursed = new Set(money.payouts.map((p) => p.paymentId));
  return orderStatusAfterSettlement({
    outstandingIdr: money.outstandingIdr,
    remainingToReceiveIdr: money.remainingToReceiveIdr,
    payments: money.payments.map(({ payment }) => ({ method: payment.method, status: payment.status, disbursed: disbursed.has(payment.id) })),
  });
};

/** Moves the order to `to` when the state machine allows it; staying put is not a transition. */
export const moveOrder = async (db: DbOrTx, order: Pick<OrderRow, "id" | "opdId" | "status">, to: OrderStatus) => {
  if (order.status === to) return order.status;
  if (!canTransitionOrder(order.status, to)) throw conflict("wrong_order_status", { id: "Status pesanan tidak memungkinkan ini.", en: "The order status does not allow this." }, { status: order.status, to });
  return orNotFound(await updateOrder(db, { id: order.id, opdId: order.opdId }, { status: to })).status;
};

/**
 * Moves the order to the status its money calls for; `closed` from an order not yet `paid` passes through
 * `paid` (the state machine's only way in), so both steps stay valid transitions.
 */
export const moveOrderToSettlement = async (db: DbOrTx, order: Pick<OrderRow, "id" | "opdId" | "status">, to: ReturnType<typeof settlementStatus>) => {
  if (to === "closed" && order.status !== "closed" && order.status !== "paid") {
    return moveOrder(db, { id: order.id, opdId: order.opdId, status: await moveOrder(db, order, "paid") }, "closed");
  }
  return moveOrder(db, order, to);
};

/**
 * A payment succeeded: its claimed invoices become paid, the budget moves committed → realized by the
 * amount, and the order is paid once nothing is owed or left to receive (closed when its card payments are all
 * disbursed already). Audited. In the caller's transaction.
 */
export const settlePayment = async (
  db: DbOrTx,
  params: { order: OrderRow; payment: PaymentRow; paidAt: Date; actor: AuditActor; at: Date; data?: Record<string, unknown> },
) => {
  const { order, payment } = params;
  const paid = await markInvoicesPaid(db, { paymentId: payment.id, paidAt: params.paidAt });
  const paidTotal = paid.reduce((s, i) => s + i.amountIdr, 0);
  if (paid.length === 0 || paidTotal !== payment.amountIdr) {
    throw conflict("invoices_changed", { id: "Tagihan pesanan berubah; muat ulang lalu coba lagi.", en: "The order's invoices changed; reload and try again." });
  }
  if (!(await realizeBudget(db, { budgetLineId: order.budgetLineId, opdId: order.opdId, amountIdr: payment.amountIdr }))) {
    throw conflict("budget_out_of_balance", PAYMENT_MESSAGES.budgetOutOfBalance);
  }
  const money = await loadOrderMoney(db, order);
  const status = await moveOrderToSettlement(db, order, settlementStatus(money));
  await appendAuditEvent(db, {
    actor: params.actor,
    action: "payment.succeeded",
    entity: "payment",
    entityId: payment.id,
    data: {
      orderId: order.id,
      orderNumber: order.number,
      method: payment.method,
      reference: payment.reference,
      amountIdr: payment.amountIdr,
      paidAt: params.paidAt.toISOString(),
      invoiceIds: paid.map((i) => i.id),
      budgetLineId: order.budgetLineId,
      realizedIdr: payment.amountIdr,
      orderStatus: status,
      ...params.data,
    },
    at: params.at,
  });
  return { status, invoiceIds: paid.map((i) => i.id) };
};

/** Reverses `amountIdr` of a payment's realized budget back to committed (refunds). */
export const unrealize = async (db: DbOrTx, order: Pick<OrderRow, "budgetLineId" | "opdId">, amountIdr: number) => {
  if (amountIdr <= 0) return;
  if (!(await unrealizeBudget(db, { budgetLineId: order.budgetLineId, opdId: order.opdId, amountIdr }))) throw conflict("budget_out_of_balance", PAYMENT_MESSAGES.budgetOutOfBalance);
};
