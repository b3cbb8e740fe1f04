import { db } from "@/db/client";
import { recordStripeEvent, setStripeEventOutcome } from "@/db/queries/stripe-events";
import { AppError } from "@/lib/errors";
import { verifyWebhook } from "@/lib/payments";
import { WEBHOOK_HANDLERS } from "./webhook-handlers";

export type WebhookResult = { received: true; duplicate?: true; outcome?: string };

/**
 * Stripe's webhook: the signature is checked on the exact raw body (400, nothing recorded, when it fails); the
 * event id is inserted under its primary key in the same transaction as its effects, so every event is applied
 * exactly once — a duplicate or replay answers 200 `duplicate` and changes nothing.
 */
export const handleStripeWebhook = async (rawBody: string, signature: string | null): Promise<WebhookResult> => {
  const event = verifyWebhook(rawBody, signature);
  if (!event) throw new AppError("bad_request", { id: "Tanda tangan webhook Stripe tidak valid.", en: "Invalid Stripe webhook signature." }, { reason: "bad_signature" });
  return db.transaction(async (tx) => {
    const isNew = await recordStripeEvent(tx, { id: event.id, type: event.type, stripeCreatedAt: event.createdAt, outcome: "processing", payload: event.payload });
    if (!isNew) return { received: true, duplicate: true };
    const handler = WEBHOOK_HANDLERS[event.type];
    const outcome = handler ? await handler(tx, event) : "ignored";
    await setStripeEventOutcome(tx, event.id, outcome);
    return { received: true, outcome };
  });
};
