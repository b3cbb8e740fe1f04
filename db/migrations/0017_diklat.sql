CREATE TABLE "enrolment_gap_snapshots" (
	"enrolment_id" uuid PRIMARY KEY NOT NULL,
	"gaps" jsonb NOT NULL,
	"taken_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enrolment_gap_snapshots" ADD CONSTRAINT "enrolment_gap_snapshots_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE cascade ON UPDATE no action;