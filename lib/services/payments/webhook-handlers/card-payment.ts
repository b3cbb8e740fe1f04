import type { DbOrTx } from "@/db/client";
import { releaseInvoicesOfPayment } from "@/db/queries/invoices";
import { findPayment, findPaymentBySession, updatePayment } from "@/db/queries/payments";
import { findOrder } from "@/db/queries/orders";
import { appendAuditEvent, SYSTEM_ACTOR } from "@/lib/services/audit/append-audit-event";
import type { OrderRow, PaymentRow } from "@/lib/services/payments/views";
import { orNotFound } from "@/lib/services/or-not-found";

// Finding the card payment a Checkout Session event is about, with the order locked before the payment
// (the same order every payments operation locks in, so webhooks and treasurers never deadlock).

export const STRIPE_ACTOR = { ...SYSTEM_ACTOR, label: "stripe-webhook" };

export const lockPaymentOfSession = async (
  tx: DbOrTx,
  session: { sessionId: string; paymentId: string | null },
): Promise<{ order: OrderRow; payment: PaymentRow } | null> => {
  const found = (await findPaymentBySession(tx, session.sessionId)) ?? (session.paymentId ? await findPayment(tx, session.paymentId) : undefined);
  if (!found || found.method !== "kkpd_card") return null;
  const order = await findOrder(tx, found.orderId, { forUpdate: true });
  const payment = await findPayment(tx, found.id, { forUpdate: true });
  if (!order || !payment) return null;
  return { order, payment };
};

/** A pending card payment that will not complete (expired or failed): its invoices are free for another attempt. */
export const abandonPendingPayment = async (tx: DbOrTx, params: { order: OrderRow; payment: PaymentRow; status: "expired" | "failed"; eventId: string; at: Date }) => {
  orNotFound(await updatePayment(tx, { id: params.payment.id, orderId: params.payment.orderId }, { status: params.status }));
  const released = await releaseInvoicesOfPayment(tx, params.payment.id);
  await appendAuditEvent(tx, {
    actor: STRIPE_ACTOR,
    action: `payment.${params.status}`,
    entity: "payment",
    entityId: params.payment.id,
    data: { orderId: params.order.id, orderNumber: params.order.number, amountIdr: params.payment.amountIdr, invoiceIds: released.map((i) => i.id), stripeEventId: params.eventId },
    at: params.at,
  });
};
