import { sql } from "drizzle-orm";
import { check, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { businesses } from "./catalog";

/** A picture on a storefront; `alt` says what it shows (demo pictures say they are illustrations). */
export type StorefrontPhoto = { key: string; thumbnailKey: string; contentType: string; width: number; height: number; alt?: string };

/**
 * A business's public storefront at /toko/<slug>. The slug is made from the legal name once, when the business
 * is first verified, and never changes afterwards — a rename included — because it is printed on QR posters
 * and shared in chats that nobody can update. Only the page is gated: a storefront row of a business that is
 * not verified (any more) answers 404. The story is the seller's own words; the proof is never stored here.
 */
export const storefronts = pgTable(
  "storefronts",
  {
    businessId: uuid("business_id").primaryKey().references(() => businesses.id, { onDelete: "cascade" }),
    slug: text("slug").notNull().unique("storefronts_slug_unique"),
    story: text("story").notNull().default(""),
    photos: jsonb("photos").$type<StorefrontPhoto[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("storefronts_slug_shape", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(${t.slug}) <= 64`),
    check("storefronts_story_length", sql`length(${t.story}) <= 1200`),
    check("storefronts_photos_max_5", sql`jsonb_array_length(${t.photos}) <= 5`),
  ],
);
