CREATE TABLE "order_price_counts" (
	"opd_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"category_slug" text NOT NULL,
	"unit_price_idr" bigint NOT NULL,
	"lines" integer NOT NULL,
	CONSTRAINT "order_price_counts_pk" PRIMARY KEY("opd_id","fiscal_year","category_slug","unit_price_idr")
);
--> statement-breakpoint
ALTER TABLE "order_price_counts" ADD CONSTRAINT "order_price_counts_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Backfill: the counts of every spending order line placed before the table existed, as
-- rebuildOrderPriceCounts (db/queries/order-price-counts.ts) computes them; approval, decline and cancel
-- keep them from here on.
INSERT INTO "order_price_counts" ("opd_id", "fiscal_year", "category_slug", "unit_price_idr", "lines")
SELECT o."opd_id", extract(year FROM o."placed_at" AT TIME ZONE 'Asia/Makassar')::int, ol."category_slug", ol."unit_price_idr", count(*)::int
FROM "order_lines" ol JOIN "orders" o ON o."id" = ol."order_id"
WHERE o."status" IN ('placed', 'accepted', 'shipped', 'received', 'invoiced', 'paid', 'closed')
GROUP BY 1, 2, 3, 4;
