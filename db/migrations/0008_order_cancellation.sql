ALTER TABLE "orders" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
-- Cancellations used to keep their reason in decline_reason and their time only in the audit trail.
UPDATE "orders" o SET
  "cancelled_at" = coalesce(
    (SELECT max(a."at") FROM "audit_events" a WHERE a."entity" = 'order' AND a."entity_id" = o."id"::text AND a."action" = 'order.cancelled'),
    o."placed_at"),
  "cancel_reason" = o."decline_reason",
  "decline_reason" = NULL
WHERE o."status" = 'cancelled';--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_cancelled_has_time" CHECK ("orders"."status" <> 'cancelled' OR "orders"."cancelled_at" IS NOT NULL);