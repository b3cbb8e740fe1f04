import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { opds, regions } from "./regions";
import { users } from "./users";

// The event itself references no procurement table, so procurement (a request may be for an event) can
// import it without a cycle; what an event used, which points at BASTs and requests, is in event-items.ts.

export const eventType = pgEnum("event_type", ["rapat", "pelatihan", "upacara", "festival", "lainnya"]);
export const eventStatus = pgEnum("event_status", ["open", "closed"]);

/**
 * A government event (kegiatan) of one OPD. `fiscal_year` is the WITA year of the start. Closing freezes
 * the compliance report in `closed_report`; later corrections are amendments, never edits.
 */
export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    opdId: uuid("opd_id").notNull().references(() => opds.id),
    title: text("title").notNull(),
    type: eventType("type").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    fiscalYear: integer("fiscal_year").notNull(),
    venueRegionId: uuid("venue_region_id").notNull().references(() => regions.id),
    attendees: integer("attendees").notNull(),
    budgetIdr: bigint("budget_idr", { mode: "number" }).notNull(),
    status: eventStatus("status").notNull().default("open"),
    createdBy: uuid("created_by").notNull().references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedBy: uuid("closed_by").references(() => users.id),
    closedReport: jsonb("closed_report").$type<Record<string, unknown>>(),
  },
  (t) => [
    check("events_dates_ordered", sql`${t.endsAt} >= ${t.startsAt}`),
    check("events_attendees_non_negative", sql`${t.attendees} >= 0`),
    check("events_budget_non_negative", sql`${t.budgetIdr} >= 0`),
    check("events_closed_has_report", sql`${t.status} <> 'closed' OR (${t.closedAt} IS NOT NULL AND ${t.closedReport} IS NOT NULL)`),
    index("events_opd_year").on(t.opdId, t.fiscalYear),
  ],
);
