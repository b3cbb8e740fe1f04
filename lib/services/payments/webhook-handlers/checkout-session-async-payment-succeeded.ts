import { settleCheckoutSession } from "./checkout-session-completed";
import type { WebhookHandler } from "./types";

/** A delayed payment method cleared after the session completed `unpaid`: settle it like a paid completion. */
export const checkoutSessionAsyncPaymentSucceeded: WebhookHandler = settleCheckoutSession;
