CREATE TYPE "public"."showcase_status" AS ENUM('draft', 'published', 'archived');--> statement-breakpoint
CREATE TABLE "business_exposure_daily" (
	"business_id" uuid NOT NULL,
	"day" date NOT NULL,
	"impressions" integer DEFAULT 0 NOT NULL,
	"product_views" integer DEFAULT 0 NOT NULL,
	"cart_adds" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "business_exposure_daily_pk" PRIMARY KEY("business_id","day"),
	CONSTRAINT "business_exposure_daily_non_negative" CHECK ("business_exposure_daily"."impressions" >= 0 AND "business_exposure_daily"."product_views" >= 0 AND "business_exposure_daily"."cart_adds" >= 0)
);
--> statement-breakpoint
CREATE TABLE "showcase_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"showcase_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"product_id" uuid,
	"position" integer NOT NULL,
	"featured_at" timestamp with time zone NOT NULL,
	CONSTRAINT "showcase_members_business" UNIQUE("showcase_id","business_id")
);
--> statement-breakpoint
CREATE TABLE "showcases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"theme" text NOT NULL,
	"rubric" text NOT NULL,
	"rotation_days" integer DEFAULT 7 NOT NULL,
	"spotlight_size" integer DEFAULT 4 NOT NULL,
	"status" "showcase_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "showcases_slug_unique" UNIQUE("slug"),
	CONSTRAINT "showcases_slug_format" CHECK ("showcases"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "showcases_rotation_positive" CHECK ("showcases"."rotation_days" BETWEEN 1 AND 365 AND "showcases"."spotlight_size" BETWEEN 1 AND 24),
	CONSTRAINT "showcases_published_has_time" CHECK ("showcases"."status" <> 'published' OR "showcases"."published_at" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "business_exposure_daily" ADD CONSTRAINT "business_exposure_daily_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_members" ADD CONSTRAINT "showcase_members_showcase_id_showcases_id_fk" FOREIGN KEY ("showcase_id") REFERENCES "public"."showcases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_members" ADD CONSTRAINT "showcase_members_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_members" ADD CONSTRAINT "showcase_members_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcases" ADD CONSTRAINT "showcases_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "business_exposure_daily_day" ON "business_exposure_daily" USING btree ("day");--> statement-breakpoint
CREATE INDEX "showcase_members_showcase" ON "showcase_members" USING btree ("showcase_id","position");