import type { DbOrTx } from "@/db/client";
import type { VerifiedEvent } from "@/lib/payments";

/** One handler per Stripe event type; it runs inside the transaction that recorded the event id, and says what it did. */
export type WebhookHandler = (tx: DbOrTx, event: VerifiedEvent) => Promise<string>;
