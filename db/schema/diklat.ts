import { jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { enrolments } from "./partners";

/**
 * The UMK's readiness gaps at the moment it enrolled (or was invited), kept so "repeat attendee with no change"
 * compares a fixed start with today's recomputed profile instead of trusting anyone's memory.
 */
export const enrolmentGapSnapshots = pgTable("enrolment_gap_snapshots", {
  enrolmentId: uuid("enrolment_id").primaryKey().references(() => enrolments.id, { onDelete: "cascade" }),
  gaps: jsonb("gaps").$type<string[]>().notNull(),
  takenAt: timestamp("taken_at", { withTimezone: true }).notNull(),
});
