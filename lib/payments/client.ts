import "server-only";
import Stripe from "stripe";
import { env } from "@/lib/env";

// The one place that builds the Stripe SDK client: keys and (for the local stand-in) host/port/protocol from env.

let cached: { key: string; client: Stripe } | undefined;

export const stripeClient = (): Stripe => {
  const e = env();
  if (!e.STRIPE_SECRET_KEY) throw new Error("STRIPE_SECRET_KEY is not set");
  if (cached?.key === e.STRIPE_SECRET_KEY) return cached.client;
  const client = new Stripe(e.STRIPE_SECRET_KEY, {
    ...(e.STRIPE_API_HOST ? { host: e.STRIPE_API_HOST } : {}),
    ...(e.STRIPE_API_PORT ? { port: e.STRIPE_API_PORT } : {}),
    ...(e.STRIPE_API_PROTOCOL ? { protocol: e.STRIPE_API_PROTOCOL } : {}),
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: "pasar-umk" },
  });
  cached = { key: e.STRIPE_SECRET_KEY, client };
  return client;
};
