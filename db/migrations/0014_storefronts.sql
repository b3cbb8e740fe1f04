CREATE TABLE "storefronts" (
	"business_id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"story" text DEFAULT '' NOT NULL,
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "storefronts_slug_unique" UNIQUE("slug"),
	CONSTRAINT "storefronts_slug_shape" CHECK ("storefronts"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("storefronts"."slug") <= 64),
	CONSTRAINT "storefronts_story_length" CHECK (length("storefronts"."story") <= 1200),
	CONSTRAINT "storefronts_photos_max_5" CHECK (jsonb_array_length("storefronts"."photos") <= 5)
);
--> statement-breakpoint
ALTER TABLE "storefronts" ADD CONSTRAINT "storefronts_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;