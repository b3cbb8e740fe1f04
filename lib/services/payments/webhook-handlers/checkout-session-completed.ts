import type { DbOrTx } from "@/db/client";
import { lockPaymentIntent, updatePayment } from "@/db/queries/payments";
import { listDeferredRefundEvents, setStripeEventOutcome } from "@/db/queries/stripe-events";
import { checkoutSessionOf, type VerifiedEvent } from "@/lib/payments";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { settlePayment } from "@/lib/services/payments/settlement";
import { lockPaymentOfSession, STRIPE_ACTOR } from "./card-payment";
import { applyRefund } from "./charge-refunded";
import type { WebhookHandler } from "./types";
import { orNotFound } from "@/lib/services/or-not-found";

/**
 * The money was taken: the pending card payment succeeds, its invoices are paid, the budget is realized and
 * the order moves on. A refund that arrived before this event is applied now. `unpaid` (a delayed method)
 * waits for checkout.session.async_payment_succeeded.
 */
export const settleCheckoutSession = async (tx: DbOrTx, event: VerifiedEvent): Promise<string> => {
  const session = checkoutSessionOf(event.object);
  if (session.paymentIntentId) await lockPaymentIntent(tx, session.paymentIntentId);
  const found = await lockPaymentOfSession(tx, session);
  if (!found) return "unknown_payment";
  const { order, payment } = found;
  if (payment.status === "succeeded" || payment.status === "refunded") return "already_applied";
  if (session.paymentStatus !== "paid") return "awaiting_async_payment";
  if (payment.status !== "pending" || (session.amountIdr !== null && session.amountIdr !== payment.amountIdr)) {
    // Money taken for a session we had given up on (or for another amount): a person must look at it.
    await appendAuditEvent(tx, {
      actor: STRIPE_ACTOR, action: "payment.needs_review", entity: "payment", entityId: payment.id,
      data: { orderId: order.id, status: payment.status, amountIdr: payment.amountIdr, stripeAmountIdr: session.amountIdr, stripeEventId: event.id }, at: event.createdAt,
    });
    return "needs_review";
  }
  const succeeded = orNotFound(
    await updatePayment(tx, { id: payment.id, orderId: payment.orderId }, { status: "succeeded", paidAt: event.createdAt, stripePaymentIntentId: session.paymentIntentId }),
  );
  await settlePayment(tx, {
    order, payment: succeeded, paidAt: event.createdAt, actor: STRIPE_ACTOR, at: event.createdAt,
    data: { stripeEventId: event.id, stripeCheckoutSessionId: session.sessionId, stripePaymentIntentId: session.paymentIntentId },
  });
  if (session.paymentIntentId) {
    for (const deferred of await listDeferredRefundEvents(tx, session.paymentIntentId)) {
      const object = ((deferred.payload.data as Record<string, unknown>).object ?? {}) as Record<string, unknown>;
      const outcome = await applyRefund(tx, { id: deferred.id, type: deferred.type, createdAt: deferred.stripeCreatedAt, object, payload: deferred.payload });
      await setStripeEventOutcome(tx, deferred.id, `${outcome}_late`);
    }
  }
  return "payment_succeeded";
};

export const checkoutSessionCompleted: WebhookHandler = settleCheckoutSession;
