import "server-only";
import Stripe from "stripe";
import { env } from "@/lib/env";
import { fromStripeAmount } from "./amount";

// Webhook events reshaped into the app's own types: handlers never see the SDK's objects.

export type VerifiedEvent = {
  id: string;
  type: string;
  createdAt: Date;
  /** The event's data.object as Stripe sent it, stored with the dedupe row. */
  object: Record<string, unknown>;
  payload: Record<string, unknown>;
};

/** Null when the signature (on the exact raw body) does not verify or the secret is not configured. */
export const verifyWebhook = (rawBody: string, signature: string | null): VerifiedEvent | null => {
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!secret || !signature) return null;
  try {
    const event = Stripe.webhooks.constructEvent(rawBody, signature, secret);
    return {
      id: event.id,
      type: event.type,
      createdAt: new Date(event.created * 1000),
      object: event.data.object as unknown as Record<string, unknown>,
      payload: JSON.parse(rawBody) as Record<string, unknown>,
    };
  } catch {
    return null;
  }
};

const str = (v: unknown) => (typeof v === "string" ? v : null);

/** The fields of a Checkout Session the handlers use. */
export const checkoutSessionOf = (object: Record<string, unknown>) => {
  const metadata = (object.metadata ?? {}) as Record<string, unknown>;
  const intent = object.payment_intent;
  return {
    sessionId: str(object.id) ?? "",
    paymentStatus: str(object.payment_status),
    paymentIntentId: typeof intent === "string" ? intent : str((intent as Record<string, unknown> | null)?.id),
    amountIdr: typeof object.amount_total === "number" ? fromStripeAmount(object.amount_total) : null,
    orderId: str(metadata.orderId),
    paymentId: str(metadata.paymentId),
  };
};

/** The fields of a Charge the refund handler uses: amounts back in whole rupiah (cumulative refunded). */
export const chargeOf = (object: Record<string, unknown>) => ({
  chargeId: str(object.id) ?? "",
  paymentIntentId: str(object.payment_intent),
  amountIdr: typeof object.amount === "number" ? fromStripeAmount(object.amount) : 0,
  refundedIdr: typeof object.amount_refunded === "number" ? fromStripeAmount(object.amount_refunded) : 0,
  fullyRefunded: object.refunded === true,
});
