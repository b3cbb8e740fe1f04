CREATE TYPE "public"."certification_submission_status" AS ENUM('pending', 'verified', 'rejected');--> statement-breakpoint
CREATE TABLE "certification_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"kind" "certification_kind" NOT NULL,
	"number" text NOT NULL,
	"expires_on" date,
	"document_path" text NOT NULL,
	"status" "certification_submission_status" DEFAULT 'pending' NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reason" text,
	CONSTRAINT "certification_submissions_decided_has_time" CHECK ("certification_submissions"."status" = 'pending' OR "certification_submissions"."decided_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "partnership_evidence_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"content_type" text NOT NULL,
	"note" text,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnership_evidence_files_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "partnership_terms" (
	"partnership_id" uuid PRIMARY KEY NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	CONSTRAINT "partnership_terms_dates_ordered" CHECK ("partnership_terms"."ends_on" IS NULL OR "partnership_terms"."ends_on" >= "partnership_terms"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "certification_submissions" ADD CONSTRAINT "certification_submissions_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_submissions" ADD CONSTRAINT "certification_submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_submissions" ADD CONSTRAINT "certification_submissions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_evidence_files" ADD CONSTRAINT "partnership_evidence_files_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_evidence_files" ADD CONSTRAINT "partnership_evidence_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_terms" ADD CONSTRAINT "partnership_terms_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certification_submissions_business" ON "certification_submissions" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "certification_submissions_status" ON "certification_submissions" USING btree ("status");--> statement-breakpoint
CREATE INDEX "partnership_evidence_files_partnership" ON "partnership_evidence_files" USING btree ("partnership_id");