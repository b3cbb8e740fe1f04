import { checkoutSessionOf } from "@/lib/payments";
import { abandonPendingPayment, lockPaymentOfSession } from "./card-payment";
import type { WebhookHandler } from "./types";

/** A delayed payment method failed: the payment failed and the invoices are open for another attempt. */
export const checkoutSessionAsyncPaymentFailed: WebhookHandler = async (tx, event) => {
  const found = await lockPaymentOfSession(tx, checkoutSessionOf(event.object));
  if (!found) return "unknown_payment";
  if (found.payment.status !== "pending") return "ignored_not_pending";
  await abandonPendingPayment(tx, { ...found, status: "failed", eventId: event.id, at: event.createdAt });
  return "payment_failed";
};
