import { sql } from "drizzle-orm";
import { bigint, check, integer, pgEnum, pgTable, text, timestamp, unique, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";

export const regionKind = pgEnum("region_kind", ["provinsi", "kabupaten", "kota"]);

/** Province and its kabupaten/kota; BPS codes (e.g. 52, 52.02) keep seeds and imports stable. */
export const regions = pgTable("regions", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  kind: regionKind("kind").notNull(),
  parentId: uuid("parent_id").references((): AnyPgColumn => regions.id),
  timeZone: text("time_zone").notNull().default("Asia/Makassar"),
});

export const opds = pgTable("opds", {
  id: uuid("id").primaryKey().defaultRandom(),
  regionId: uuid("region_id").notNull().references(() => regions.id),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  shortName: text("short_name").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A DPA spending line; committed + realized can never exceed the ceiling, enforced by the database. */
export const budgetLines = pgTable(
  "budget_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    opdId: uuid("opd_id").notNull().references(() => opds.id),
    fiscalYear: integer("fiscal_year").notNull(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    ceilingIdr: bigint("ceiling_idr", { mode: "number" }).notNull(),
    committedIdr: bigint("committed_idr", { mode: "number" }).notNull().default(0),
    realizedIdr: bigint("realized_idr", { mode: "number" }).notNull().default(0),
  },
  (t) => [
    unique("budget_lines_opd_year_code").on(t.opdId, t.fiscalYear, t.code),
    check("budget_lines_money_non_negative", sql`${t.ceilingIdr} >= 0 AND ${t.committedIdr} >= 0 AND ${t.realizedIdr} >= 0`),
    check("budget_lines_within_ceiling", sql`${t.committedIdr} + ${t.realizedIdr} <= ${t.ceilingIdr}`),
    check("budget_lines_fiscal_year", sql`${t.fiscalYear} BETWEEN 2000 AND 2100`),
  ],
);
