CREATE TYPE "public"."event_item_category" AS ENUM('konsumsi', 'cendera_mata', 'dekorasi', 'seragam', 'atk', 'lainnya');--> statement-breakpoint
CREATE TYPE "public"."event_item_source" AS ENUM('platform', 'order', 'declared');--> statement-breakpoint
CREATE TYPE "public"."event_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."event_type" AS ENUM('rapat', 'pelatihan', 'upacara', 'festival', 'lainnya');--> statement-breakpoint
CREATE TYPE "public"."invoice_status" AS ENUM('open', 'paid', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."payment_method" AS ENUM('kkpd_card', 'sp2d', 'up');--> statement-breakpoint
CREATE TYPE "public"."payment_status" AS ENUM('pending', 'succeeded', 'failed', 'expired', 'refunded');--> statement-breakpoint
CREATE TYPE "public"."payout_method" AS ENUM('bank_transfer', 'stripe_transfer');--> statement-breakpoint
CREATE TABLE "event_amendments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"changes" jsonb NOT NULL,
	"report_after" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_item_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"thumbnail_key" text,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"original_name" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_item_evidence_size" CHECK ("event_item_evidence"."size_bytes" > 0 AND "event_item_evidence"."size_bytes" <= 10485760)
);
--> statement-breakpoint
CREATE TABLE "event_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"category" "event_item_category" NOT NULL,
	"description" text NOT NULL,
	"amount_idr" bigint NOT NULL,
	"source" "event_item_source" NOT NULL,
	"business_id" uuid,
	"supplier_name" text NOT NULL,
	"supplier_nib" text,
	"supplier_scale" "business_scale",
	"supplier_kabupaten" text,
	"supplier_verified_at" timestamp with time zone,
	"is_umk" boolean NOT NULL,
	"is_local" boolean NOT NULL,
	"receipt_line_id" uuid,
	"purchase_request_id" uuid,
	"added_by_amendment_id" uuid,
	"voided_by_amendment_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_items_receipt_line_unique" UNIQUE("receipt_line_id"),
	CONSTRAINT "event_items_amount_positive" CHECK ("event_items"."amount_idr" > 0),
	CONSTRAINT "event_items_nib_13_digits" CHECK ("event_items"."supplier_nib" IS NULL OR "event_items"."supplier_nib" ~ '^[0-9]{13}$'),
	CONSTRAINT "event_items_platform_has_business" CHECK ("event_items"."source" = 'declared' OR "event_items"."business_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opd_id" uuid NOT NULL,
	"title" text NOT NULL,
	"type" "event_type" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"fiscal_year" integer NOT NULL,
	"venue_region_id" uuid NOT NULL,
	"attendees" integer NOT NULL,
	"budget_idr" bigint NOT NULL,
	"status" "event_status" DEFAULT 'open' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"closed_report" jsonb,
	CONSTRAINT "events_dates_ordered" CHECK ("events"."ends_at" >= "events"."starts_at"),
	CONSTRAINT "events_attendees_non_negative" CHECK ("events"."attendees" >= 0),
	CONSTRAINT "events_budget_non_negative" CHECK ("events"."budget_idr" >= 0),
	CONSTRAINT "events_closed_has_report" CHECK ("events"."status" <> 'closed' OR ("events"."closed_at" IS NOT NULL AND "events"."closed_report" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"order_id" uuid NOT NULL,
	"receipt_id" uuid NOT NULL,
	"amount_idr" bigint NOT NULL,
	"status" "invoice_status" DEFAULT 'open' NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"payment_id" uuid,
	"paid_at" timestamp with time zone,
	CONSTRAINT "invoices_number_unique" UNIQUE("number"),
	CONSTRAINT "invoices_receipt_unique" UNIQUE("receipt_id"),
	CONSTRAINT "invoices_amount_positive" CHECK ("invoices"."amount_idr" > 0),
	CONSTRAINT "invoices_paid_has_payment" CHECK ("invoices"."status" <> 'paid' OR ("invoices"."payment_id" IS NOT NULL AND "invoices"."paid_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"method" "payment_method" NOT NULL,
	"status" "payment_status" NOT NULL,
	"amount_idr" bigint NOT NULL,
	"reference" text,
	"paid_at" timestamp with time zone,
	"recorded_by" uuid,
	"stripe_checkout_session_id" text,
	"stripe_payment_intent_id" text,
	"refunded_at" timestamp with time zone,
	"refunded_amount_idr" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_stripe_session_unique" UNIQUE("stripe_checkout_session_id"),
	CONSTRAINT "payments_amount_positive" CHECK ("payments"."amount_idr" > 0),
	CONSTRAINT "payments_refund_within" CHECK ("payments"."refunded_amount_idr" BETWEEN 0 AND "payments"."amount_idr"),
	CONSTRAINT "payments_transfer_has_reference" CHECK ("payments"."method" = 'kkpd_card' OR "payments"."reference" IS NOT NULL),
	CONSTRAINT "payments_succeeded_has_time" CHECK ("payments"."status" NOT IN ('succeeded', 'refunded') OR "payments"."paid_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "payouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payment_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"method" "payout_method" NOT NULL,
	"amount_idr" bigint NOT NULL,
	"reference" text NOT NULL,
	"bank_name" text,
	"account_number" text,
	"account_name" text,
	"stripe_transfer_id" text,
	"disbursed_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payouts_payment_unique" UNIQUE("payment_id"),
	CONSTRAINT "payouts_amount_positive" CHECK ("payouts"."amount_idr" > 0)
);
--> statement-breakpoint
CREATE TABLE "stripe_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"stripe_created_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" text NOT NULL,
	"payload" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event_amendments" ADD CONSTRAINT "event_amendments_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_amendments" ADD CONSTRAINT "event_amendments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_item_evidence" ADD CONSTRAINT "event_item_evidence_item_id_event_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."event_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_item_evidence" ADD CONSTRAINT "event_item_evidence_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_items" ADD CONSTRAINT "event_items_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_items" ADD CONSTRAINT "event_items_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_items" ADD CONSTRAINT "event_items_receipt_line_id_receipt_lines_id_fk" FOREIGN KEY ("receipt_line_id") REFERENCES "public"."receipt_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_items" ADD CONSTRAINT "event_items_purchase_request_id_purchase_requests_id_fk" FOREIGN KEY ("purchase_request_id") REFERENCES "public"."purchase_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_items" ADD CONSTRAINT "event_items_added_by_amendment_id_event_amendments_id_fk" FOREIGN KEY ("added_by_amendment_id") REFERENCES "public"."event_amendments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_items" ADD CONSTRAINT "event_items_voided_by_amendment_id_event_amendments_id_fk" FOREIGN KEY ("voided_by_amendment_id") REFERENCES "public"."event_amendments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_items" ADD CONSTRAINT "event_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_venue_region_id_regions_id_fk" FOREIGN KEY ("venue_region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_receipt_id_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."receipts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_amendments_event" ON "event_amendments" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_item_evidence_item" ON "event_item_evidence" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "event_items_event" ON "event_items" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "events_opd_year" ON "events" USING btree ("opd_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "invoices_order" ON "invoices" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "invoices_status_issued" ON "invoices" USING btree ("status","issued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_transfer_reference_unique" ON "payments" USING btree ("method","reference") WHERE "payments"."method" IN ('sp2d', 'up');--> statement-breakpoint
CREATE INDEX "payments_order" ON "payments" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "payouts_business" ON "payouts" USING btree ("business_id");--> statement-breakpoint
ALTER TABLE "purchase_requests" ADD CONSTRAINT "purchase_requests_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;