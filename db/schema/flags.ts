import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { regions } from "./regions";
import { users } from "./users";

/**
 * An auditor's review of a red flag. Flags themselves are recomputed from the data, never stored; a review is
 * keyed by the flag's stable key (kind, fiscal year, ids), so recomputing keeps it. One review per flag.
 */
export const flagReviews = pgTable(
  "flag_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionId: uuid("region_id").notNull().references(() => regions.id),
    flagKey: text("flag_key").notNull(),
    kind: text("kind").notNull(),
    note: text("note").notNull(),
    reviewedBy: uuid("reviewed_by").notNull().references(() => users.id),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    unique("flag_reviews_region_key").on(t.regionId, t.flagKey),
    check("flag_reviews_note_present", sql`length(btrim(${t.note})) > 0`),
    index("flag_reviews_region_reviewed").on(t.regionId, t.reviewedAt),
  ],
);
