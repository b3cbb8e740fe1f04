import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { regions } from "./regions";
import { businesses, products } from "./catalog";

// Fair exposure and Etalase (issue 13). Counters are aggregated per business per day, never per query or
// per viewer: no row here says who searched or looked.

/**
 * A seller's funnel per WITA day: how often its products were shown in search results, opened, and added to a
 * cart. Written by lib/services/exposure/exposure-counter.ts in batches (ON CONFLICT … + excluded).
 */
export const businessExposureDaily = pgTable(
  "business_exposure_daily",
  {
    businessId: uuid("business_id").notNull().references(() => businesses.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    impressions: integer("impressions").notNull().default(0),
    productViews: integer("product_views").notNull().default(0),
    cartAdds: integer("cart_adds").notNull().default(0),
  },
  (t) => [
    primaryKey({ name: "business_exposure_daily_pk", columns: [t.businessId, t.day] }),
    index("business_exposure_daily_day").on(t.day),
    check("business_exposure_daily_non_negative", sql`${t.impressions} >= 0 AND ${t.productViews} >= 0 AND ${t.cartAdds} >= 0`),
  ],
);

export const showcaseStatus = pgEnum("showcase_status", ["draft", "published", "archived"]);

/** Etalase: a themed collection curated by the region's admin, with the rubric that chose its members in public. */
export const showcases = pgTable(
  "showcases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionId: uuid("region_id").notNull().references(() => regions.id),
    slug: text("slug").notNull().unique("showcases_slug_unique"),
    title: text("title").notNull(),
    theme: text("theme").notNull(),
    /** Why these members: published beside the collection so the choice can be checked. */
    rubric: text("rubric").notNull(),
    /** Every this many days the spotlight (the first `spotlightSize` shown on the home page) moves on. */
    rotationDays: integer("rotation_days").notNull().default(7),
    spotlightSize: integer("spotlight_size").notNull().default(4),
    status: showcaseStatus("status").notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("showcases_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("showcases_rotation_positive", sql`${t.rotationDays} BETWEEN 1 AND 365 AND ${t.spotlightSize} BETWEEN 1 AND 24`),
    check("showcases_published_has_time", sql`${t.status} <> 'published' OR ${t.publishedAt} IS NOT NULL`),
  ],
);

/** A business (optionally one of its products) in an Etalase; `featuredAt` starts its lift measurement. */
export const showcaseMembers = pgTable(
  "showcase_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    showcaseId: uuid("showcase_id").notNull().references(() => showcases.id, { onDelete: "cascade" }),
    businessId: uuid("business_id").notNull().references(() => businesses.id),
    productId: uuid("product_id").references(() => products.id),
    position: integer("position").notNull(),
    featuredAt: timestamp("featured_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    unique("showcase_members_business").on(t.showcaseId, t.businessId),
    index("showcase_members_showcase").on(t.showcaseId, t.position),
  ],
);
