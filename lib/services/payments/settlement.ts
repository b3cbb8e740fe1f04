import type { DbOrTx } from "@/db/client";
import { realizeBudget, unrealizeBudget } from "@/db/queries/budget-lines";
import { listInvoicesOfOrder, markInvoicesPaid } from "@/db/queries/invoices";
import { updateOrder } from "@/db/queries/orders";
import { listPaymentsOfOrder } from "@/db/queries/payments";
import { listPayoutsOfOrder } from "@/db/queries/payouts";
import { sumReceivedValue } from "@/db/queries/receipts";
import type { AuditActor } from "@/lib/domain/audit/audit-event";
import { outstandingIdr, remainingToReceiveIdr, settlementStatus, type SettlementStatus } from "@/lib/domain/payments/amounts";
import { canTransitionOrder, type OrderStatus } from "@/lib/domain/procurement/state-machine";
import { conflict } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { orNotFound } from "@/lib/services/or-not-found";
import { PAYMENT_MESSAGES } from "./messages";
import type { OrderRow, PaymentRow } from "./views";
import { tellOrder } from "@/lib/services/notifications/tell";

// Settling an order's money: what it owes, the status that calls for, and the moves a payment makes.

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
export const moveOrderToSettlement = async (db: DbOrTx, order: Pick<OrderRow, "id" | "opdId" | "status">, to: SettlementStatus) => {
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
  await tellOrder(db, "order.paid", order.id, { at: params.at, actorId: params.actor.id ?? undefined, occurrence: payment.id, params: { amountIdr: payment.amountIdr } });
  return { status, invoiceIds: paid.map((i) => i.id) };
};

/** Reverses `amountIdr` of a payment's realized budget back to committed (refunds). */
export const unrealize = async (db: DbOrTx, order: Pick<OrderRow, "budgetLineId" | "opdId">, amountIdr: number) => {
  if (amountIdr <= 0) return;
  if (!(await unrealizeBudget(db, { budgetLineId: order.budgetLineId, opdId: order.opdId, amountIdr }))) throw conflict("budget_out_of_balance", PAYMENT_MESSAGES.budgetOutOfBalance);
};
