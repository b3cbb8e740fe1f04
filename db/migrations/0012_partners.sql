CREATE TYPE "public"."enrolment_status" AS ENUM('invited', 'enrolled', 'refused_with_alternative', 'attended');--> statement-breakpoint
CREATE TYPE "public"."partner_kind" AS ENUM('asosiasi', 'perguruan_tinggi', 'ngo', 'plut', 'rumah_bumn', 'koperasi', 'dinas');--> statement-breakpoint
CREATE TYPE "public"."partnership_status" AS ENUM('proposed', 'accepted', 'declined', 'ended');--> statement-breakpoint
CREATE TYPE "public"."partnership_type" AS ENUM('mentor', 'offtaker', 'certifier', 'photo_packaging', 'financier', 'incubator');--> statement-breakpoint
ALTER TYPE "public"."role_name" ADD VALUE 'partner';--> statement-breakpoint
CREATE TABLE "enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"status" "enrolment_status" NOT NULL,
	"alternative_program_id" uuid,
	"refusal_reasons" jsonb,
	"attended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolments_unique" UNIQUE("program_id","business_id")
);
--> statement-breakpoint
CREATE TABLE "gap_batch_members" (
	"batch_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"gaps_at_creation" jsonb NOT NULL,
	CONSTRAINT "gap_batch_members_unique" UNIQUE("batch_id","business_id")
);
--> statement-breakpoint
CREATE TABLE "gap_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gap_code" text NOT NULL,
	"region_id" uuid NOT NULL,
	"filter" jsonb NOT NULL,
	"claimed_by_partner_id" uuid,
	"claimed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "partner_kind" NOT NULL,
	"region_id" uuid NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partners_verified_has_time" CHECK (NOT "partners"."verified" OR "partners"."verified_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"type" "partnership_type" NOT NULL,
	"status" "partnership_status" DEFAULT 'proposed' NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"evidence" text,
	CONSTRAINT "partnerships_ended_has_time" CHECK ("partnerships"."status" <> 'ended' OR "partnerships"."ended_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "training_programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"module" text NOT NULL,
	"organizer_partner_id" uuid,
	"organizer_name" text NOT NULL,
	"kabupaten_id" uuid NOT NULL,
	"category_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"seats" integer NOT NULL,
	"prerequisites" jsonb NOT NULL,
	"target_profile" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_programs_dates_ordered" CHECK ("training_programs"."ends_at" >= "training_programs"."starts_at"),
	CONSTRAINT "training_programs_seats_positive" CHECK ("training_programs"."seats" > 0)
);
--> statement-breakpoint
ALTER TABLE "memberships" DROP CONSTRAINT "memberships_unique_grant";--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "partner_id" uuid;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_program_id_training_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."training_programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_alternative_program_id_training_programs_id_fk" FOREIGN KEY ("alternative_program_id") REFERENCES "public"."training_programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_batch_members" ADD CONSTRAINT "gap_batch_members_batch_id_gap_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."gap_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_batch_members" ADD CONSTRAINT "gap_batch_members_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_batches" ADD CONSTRAINT "gap_batches_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_batches" ADD CONSTRAINT "gap_batches_claimed_by_partner_id_partners_id_fk" FOREIGN KEY ("claimed_by_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programs" ADD CONSTRAINT "training_programs_organizer_partner_id_partners_id_fk" FOREIGN KEY ("organizer_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programs" ADD CONSTRAINT "training_programs_kabupaten_id_regions_id_fk" FOREIGN KEY ("kabupaten_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programs" ADD CONSTRAINT "training_programs_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enrolments_business" ON "enrolments" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "partnerships_business" ON "partnerships" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "partnerships_partner" ON "partnerships" USING btree ("partner_id");--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_unique_grant" UNIQUE NULLS NOT DISTINCT("user_id","role","region_id","opd_id","business_id","partner_id");--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_partner_has_partner" CHECK ("memberships"."role"::text <> 'partner' OR "memberships"."partner_id" IS NOT NULL);