import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { opds, regions } from "./regions";
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

/**
 * How many spending order lines of an OPD's fiscal year (WITA) were bought at each unit price, per category: the
 * category medians of the price flags, kept as orders keep their UMK and local parts, so computing them needs no
 * pass over every line of the year. Written in the transaction that places orders (approval) and in those that
 * take one out of spending (decline, cancel), by db/queries/order-price-counts.ts; tests check it equals the pass
 * over the lines. A count that fell to 0 stays as a row (never deleted, so writers only ever upsert); none goes below
 * zero (the writer refuses it).
 */
export const orderPriceCounts = pgTable(
  "order_price_counts",
  {
    opdId: uuid("opd_id").notNull().references(() => opds.id),
    fiscalYear: integer("fiscal_year").notNull(),
    categorySlug: text("category_slug").notNull(),
    unitPriceIdr: bigint("unit_price_idr", { mode: "number" }).notNull(),
    lines: integer("lines").notNull(),
  },
  (t) => [primaryKey({ name: "order_price_counts_pk", columns: [t.opdId, t.fiscalYear, t.categorySlug, t.unitPriceIdr] })],
);
