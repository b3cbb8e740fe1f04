import "server-only";
import { createHash } from "node:crypto";
import { STRIPE_CURRENCY, toStripeAmount } from "./amount";
import { stripeClient } from "./client";

export type CheckoutRequest = {
  orderId: string;
  orderNumber: string;
  paymentId: string;
  invoiceIds: readonly string[];
  amountIdr: number;
  sellerName: string;
  successUrl: string;
  cancelUrl: string;
  /** Earlier expired/failed attempts on the same invoices: each attempt is a new session, with its own key. */
  attempt?: number;
};

export type CheckoutSession = { id: string; url: string; expiresAt: Date | null };

/**
 * The same order and set of invoices always give the same key, so a retried create (a double click, a
 * timeout) returns Stripe's first session instead of opening a second one.
 */
export const checkoutIdempotencyKey = (orderId: string, invoiceIds: readonly string[], attempt = 0) =>
  `checkout:${orderId}:${createHash("sha256").update([...invoiceIds].sort().join(",")).digest("hex").slice(0, 32)}${attempt > 0 ? `:${attempt}` : ""}`;

/** Opens a Stripe Checkout Session for whole rupiah (converted to Stripe's minor unit here). */
export const createCheckoutSession = async (request: CheckoutRequest): Promise<CheckoutSession> => {
  const session = await stripeClient().checkout.sessions.create(
    {
      mode: "payment",
      success_url: request.successUrl,
      cancel_url: request.cancelUrl,
      client_reference_id: request.orderId,
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: STRIPE_CURRENCY,
            unit_amount: toStripeAmount(request.amountIdr),
            product_data: { name: `Pesanan ${request.orderNumber} — ${request.sellerName}` },
          },
        },
      ],
      metadata: { orderId: request.orderId, paymentId: request.paymentId, invoiceIds: request.invoiceIds.join(",") },
      payment_intent_data: { metadata: { orderId: request.orderId, paymentId: request.paymentId } },
    },
    { idempotencyKey: checkoutIdempotencyKey(request.orderId, request.invoiceIds, request.attempt) },
  );
  if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a url`);
  return { id: session.id, url: session.url, expiresAt: session.expires_at ? new Date(session.expires_at * 1000) : null };
};
