import "server-only";
import Stripe from "stripe";
import { env } from "@/lib/env";
import { STRIPE_CURRENCY, toStripeAmount } from "./amount";
import { stripeClient } from "./client";

export type TransferRequest = { paymentId: string; orderId: string; orderNumber: string; amountIdr: number; destination: string };

export type Transfer = { id: string };

/** Stripe refused or could not be reached: the caller records nothing and may retry (same idempotency key). */
export class PaymentProviderError extends Error {
  constructor(
    message: string,
    readonly stripeCode: string | null,
    readonly stripeStatus: number | null,
  ) {
    super(message);
    this.name = "PaymentProviderError";
  }
}

/** Connect transfers need only the API key (no webhook is involved). */
export const stripeTransfersEnabled = () => Boolean(env().STRIPE_SECRET_KEY);

/**
 * One payment is disbursed at most once, so its id is the whole key: a retry after a timeout, a crash between
 * Stripe's answer and our commit, or a second click returns Stripe's first transfer instead of paying twice.
 */
export const transferIdempotencyKey = (paymentId: string) => `payout:${paymentId}`;

/** Sends a card payment's rupiah (converted to Stripe's minor unit here) to the seller's connected account. */
export const createTransfer = async (request: TransferRequest): Promise<Transfer> => {
  try {
    const transfer = await stripeClient().transfers.create(
      {
        amount: toStripeAmount(request.amountIdr),
        currency: STRIPE_CURRENCY,
        destination: request.destination,
        transfer_group: `order:${request.orderId}`,
        description: `Pencairan pesanan ${request.orderNumber}`,
        metadata: { orderId: request.orderId, paymentId: request.paymentId },
      },
      { idempotencyKey: transferIdempotencyKey(request.paymentId) },
    );
    return { id: transfer.id };
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) throw new PaymentProviderError(error.message, error.code ?? error.type ?? null, error.statusCode ?? null);
    throw error;
  }
};
