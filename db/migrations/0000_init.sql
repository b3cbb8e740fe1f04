CREATE TYPE "public"."region_kind" AS ENUM('provinsi', 'kabupaten', 'kota');--> statement-breakpoint
CREATE TYPE "public"."role_name" AS ENUM('admin', 'seller', 'buyer', 'approver', 'treasurer', 'auditor');--> statement-breakpoint
CREATE TYPE "public"."business_scale" AS ENUM('mikro', 'kecil', 'menengah', 'besar');--> statement-breakpoint
CREATE TYPE "public"."certification_kind" AS ENUM('halal', 'pirt', 'bpom', 'sni');--> statement-breakpoint
CREATE TYPE "public"."product_status" AS ENUM('draft', 'active', 'archived');--> statement-breakpoint
CREATE TYPE "public"."verification_status" AS ENUM('pending', 'verified', 'rejected', 'suspended');--> statement-breakpoint
CREATE TYPE "public"."outbox_operation" AS ENUM('upsert', 'delete');--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opd_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"ceiling_idr" bigint NOT NULL,
	"committed_idr" bigint DEFAULT 0 NOT NULL,
	"realized_idr" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "budget_lines_opd_year_code" UNIQUE("opd_id","fiscal_year","code"),
	CONSTRAINT "budget_lines_money_non_negative" CHECK ("budget_lines"."ceiling_idr" >= 0 AND "budget_lines"."committed_idr" >= 0 AND "budget_lines"."realized_idr" >= 0),
	CONSTRAINT "budget_lines_within_ceiling" CHECK ("budget_lines"."committed_idr" + "budget_lines"."realized_idr" <= "budget_lines"."ceiling_idr"),
	CONSTRAINT "budget_lines_fiscal_year" CHECK ("budget_lines"."fiscal_year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "opds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opds_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "region_kind" NOT NULL,
	"parent_id" uuid,
	"time_zone" text DEFAULT 'Asia/Makassar' NOT NULL,
	CONSTRAINT "regions_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "role_name" NOT NULL,
	"region_id" uuid NOT NULL,
	"opd_id" uuid,
	"business_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_unique_grant" UNIQUE NULLS NOT DISTINCT("user_id","role","region_id","opd_id","business_id"),
	CONSTRAINT "memberships_opd_roles_have_opd" CHECK ("memberships"."role" NOT IN ('buyer','approver','treasurer') OR "memberships"."opd_id" IS NOT NULL),
	CONSTRAINT "memberships_seller_has_business" CHECK ("memberships"."role" <> 'seller' OR "memberships"."business_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"oidc_subject" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_oidc_subject_unique" UNIQUE("oidc_subject"),
	CONSTRAINT "users_email_shape" CHECK ("users"."email" ~ '^[^@\s]+@[^@\s]+$')
);
--> statement-breakpoint
CREATE TABLE "business_certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"kind" "certification_kind" NOT NULL,
	"number" text NOT NULL,
	"expires_on" date,
	"document_path" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "business_certifications_kind_number" UNIQUE("business_id","kind","number")
);
--> statement-breakpoint
CREATE TABLE "businesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"legal_name" text NOT NULL,
	"nib" text NOT NULL,
	"kbli" text NOT NULL,
	"owner_name" text NOT NULL,
	"region_id" uuid NOT NULL,
	"address" text NOT NULL,
	"capital_idr" bigint NOT NULL,
	"annual_turnover_idr" bigint NOT NULL,
	"scale" "business_scale" NOT NULL,
	"is_umk" boolean GENERATED ALWAYS AS (scale IN ('mikro', 'kecil')) STORED NOT NULL,
	"verification_status" "verification_status" DEFAULT 'pending' NOT NULL,
	"verified_at" timestamp with time zone,
	"verified_by" uuid,
	"status_reason" text,
	"recheck_due_at" timestamp with time zone,
	"payout_bank_name" text,
	"payout_account_number" text,
	"payout_account_name" text,
	"stripe_account_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "businesses_nib_unique" UNIQUE("nib"),
	CONSTRAINT "businesses_nib_13_digits" CHECK ("businesses"."nib" ~ '^[0-9]{13}$'),
	CONSTRAINT "businesses_kbli_5_digits" CHECK ("businesses"."kbli" ~ '^[0-9]{5}$'),
	CONSTRAINT "businesses_money_non_negative" CHECK ("businesses"."capital_idr" >= 0 AND "businesses"."annual_turnover_idr" >= 0),
	CONSTRAINT "businesses_verified_has_time" CHECK ("businesses"."verification_status" <> 'verified' OR "businesses"."verified_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"parent_id" uuid,
	"is_food" boolean DEFAULT false NOT NULL,
	CONSTRAINT "categories_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"unit" text NOT NULL,
	"price_idr" bigint NOT NULL,
	"stock" integer DEFAULT 0 NOT NULL,
	"min_order" integer DEFAULT 1 NOT NULL,
	"lead_time_days" integer DEFAULT 0 NOT NULL,
	"origin_region_id" uuid NOT NULL,
	"is_local" boolean NOT NULL,
	"tkdn_percent" numeric(5, 2),
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "product_status" DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_price_positive" CHECK ("products"."price_idr" > 0),
	CONSTRAINT "products_stock_non_negative" CHECK ("products"."stock" >= 0),
	CONSTRAINT "products_min_order_positive" CHECK ("products"."min_order" >= 1),
	CONSTRAINT "products_lead_time_non_negative" CHECK ("products"."lead_time_days" >= 0),
	CONSTRAINT "products_tkdn_percent" CHECK ("products"."tkdn_percent" IS NULL OR ("products"."tkdn_percent" >= 0 AND "products"."tkdn_percent" <= 100)),
	CONSTRAINT "products_photos_max_5" CHECK (jsonb_array_length("products"."photos") <= 5)
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"prev_hash" char(64) NOT NULL,
	"hash" char(64) NOT NULL,
	CONSTRAINT "audit_events_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "search_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"operation" "outbox_operation" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opds" ADD CONSTRAINT "opds_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_id_regions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_certifications" ADD CONSTRAINT "business_certifications_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_origin_region_id_regions_id_fk" FOREIGN KEY ("origin_region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "memberships_user" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_email_at" ON "sign_in_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_ip_at" ON "sign_in_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "businesses_region" ON "businesses" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "businesses_status" ON "businesses" USING btree ("verification_status");--> statement-breakpoint
CREATE INDEX "products_business" ON "products" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "products_category" ON "products" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "audit_events_entity" ON "audit_events" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "search_outbox_pending" ON "search_outbox" USING btree ("available_at") WHERE processed_at IS NULL;