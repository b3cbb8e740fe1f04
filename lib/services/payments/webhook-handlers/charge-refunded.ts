import type { DbOrTx } from "@/db/client";
import { releaseInvoicesOfPayment } from "@/db/queries/invoices";
import { findPayment, findPaymentByIntent, lockPaymentIntent, updatePayment } from "@/db/queries/payments";
import { findPayoutOfPayment } from "@/db/queries/payouts";
import { findOrder } from "@/db/queries/orders";
import { orderStatusAfterRefund } from "@/lib/domain/payments/amounts";
import { chargeOf, type VerifiedEvent } from "@/lib/payments";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { moveOrder, unrealize } from "@/lib/services/payments/settlement";
import { STRIPE_ACTOR } from "./card-payment";
import type { WebhookHandler } from "./types";
import { orNotFound } from "@/lib/services/or-not-found";

/**
 * Applies a charge's cumulative refunded amount to its card payment: the newly refunded rupiah go back from
 * realized to committed; a full refund also marks the payment refunded, reopens its invoices and puts the
 * order back to `invoiced`. Idempotent: an amount already applied changes nothing.
 */
export const applyRefund = async (tx: DbOrTx, event: VerifiedEvent): Promise<string> => {
  const charge = chargeOf(event.object);
  if (!charge.paymentIntentId) return "ignored_no_payment_intent";
  await lockPaymentIntent(tx, charge.paymentIntentId);
  const found = await findPaymentByIntent(tx, charge.paymentIntentId);
  // Refund before completion (events out of order): kept as `deferred`, applied when the completion arrives.
  if (!found) return "deferred";
  const order = (await findOrder(tx, found.orderId, { forUpdate: true }))!;
  const payment = (await findPayment(tx, found.id, { forUpdate: true }))!;
  const refundedIdr = Math.min(charge.refundedIdr, payment.amountIdr);
  const deltaIdr = refundedIdr - payment.refundedAmountIdr;
  if (deltaIdr <= 0) return "already_applied";
  const full = refundedIdr === payment.amountIdr;
  await unrealize(tx, order, deltaIdr);
  orNotFound(await updatePayment(tx, { id: payment.id, orderId: payment.orderId }, { refundedAmountIdr: refundedIdr, refundedAt: event.createdAt, ...(full ? { status: "refunded" as const } : {}) }));
  let reopened: string[] = [];
  let status = order.status;
  if (full) {
    reopened = (await releaseInvoicesOfPayment(tx, payment.id)).map((i) => i.id);
    status = await moveOrder(tx, order, orderStatusAfterRefund());
  }
  const payout = await findPayoutOfPayment(tx, payment.id);
  await appendAuditEvent(tx, {
    actor: STRIPE_ACTOR,
    action: full ? "payment.refunded" : "payment.partially_refunded",
    entity: "payment",
    entityId: payment.id,
    data: {
      orderId: order.id, orderNumber: order.number, amountIdr: payment.amountIdr, refundedIdr, newlyRefundedIdr: deltaIdr,
      budgetLineId: order.budgetLineId, unrealizedIdr: deltaIdr, reopenedInvoiceIds: reopened, orderStatus: status,
      // Money already disbursed to the seller must be recovered outside the platform.
      payoutId: payout?.id ?? null, stripeEventId: event.id, stripeChargeId: charge.chargeId,
    },
    at: event.createdAt,
  });
  return full ? "refunded" : "partially_refunded";
};

export const chargeRefunded: WebhookHandler = applyRefund;
