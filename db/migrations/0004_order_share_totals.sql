ALTER TABLE "orders" ADD COLUMN "umk_total_idr" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "local_total_idr" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_parts_within_total" CHECK ("orders"."umk_total_idr" BETWEEN 0 AND "orders"."total_idr" AND "orders"."local_total_idr" BETWEEN 0 AND "orders"."total_idr");