import { env } from "@/lib/env";

// Environment-only facts about card payments, without the Stripe SDK, so proxy.ts can read them too.

/** Card payments need both the API key and the webhook secret: without the webhook nothing would be recorded. */
export const cardPaymentsEnabled = () => Boolean(env().STRIPE_SECRET_KEY && env().STRIPE_WEBHOOK_SECRET);

/**
 * The origin of the Checkout pages the card form redirects to, or null when card payments are off. A
 * configured STRIPE_API_HOST (the local stand-in) serves its own Checkout pages; otherwise it is Stripe's.
 */
export const checkoutOrigin = (): string | null => {
  if (!cardPaymentsEnabled()) return null;
  const e = env();
  if (!e.STRIPE_API_HOST) return "https://checkout.stripe.com";
  const protocol = e.STRIPE_API_PROTOCOL ?? "https";
  return new URL(`${protocol}://${e.STRIPE_API_HOST}${e.STRIPE_API_PORT ? `:${e.STRIPE_API_PORT}` : ""}`).origin;
};
