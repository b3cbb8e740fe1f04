import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { stripeEvents } from "../schema";

/** The exactly-once key: true when this event id is new (and now recorded), false for a duplicate or replay. */
export const recordStripeEvent = async (db: DbOrTx, row: typeof stripeEvents.$inferInsert) =>
  (await db.insert(stripeEvents).values(row).onConflictDoNothing({ target: stripeEvents.id }).returning({ id: stripeEvents.id })).length === 1;

export const setStripeEventOutcome = (db: DbOrTx, id: string, outcome: string) =>
  db.update(stripeEvents).set({ outcome }).where(eq(stripeEvents.id, id));

/** Refund events that arrived before the payment they refund was known, oldest first. */
export const listDeferredRefundEvents = (db: DbOrTx, paymentIntentId: string) =>
  db
    .select()
    .from(stripeEvents)
    .where(
      and(
        eq(stripeEvents.type, "charge.refunded"),
        eq(stripeEvents.outcome, "deferred"),
        sql`${stripeEvents.payload} -> 'data' -> 'object' ->> 'payment_intent' = ${paymentIntentId}`,
      ),
    )
    .orderBy(asc(stripeEvents.stripeCreatedAt), asc(stripeEvents.receivedAt));
