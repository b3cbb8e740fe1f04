import { checkoutSessionOf } from "@/lib/payments";
import { abandonPendingPayment, lockPaymentOfSession } from "./card-payment";
import type { WebhookHandler } from "./types";

/**
 * The treasurer never paid: the pending payment expires and its invoices are free for another attempt (card or
 * transfer). An expiry arriving after the completion (out of order) changes nothing.
 */
export const checkoutSessionExpired: WebhookHandler = async (tx, event) => {
  const found = await lockPaymentOfSession(tx, checkoutSessionOf(event.object));
  if (!found) return "unknown_payment";
  if (found.payment.status !== "pending") return `ignored_${found.payment.status}`;
  await abandonPendingPayment(tx, { ...found, status: "expired", eventId: event.id, at: event.createdAt });
  return "payment_expired";
};
