import { integer, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { businesses } from "./catalog";
import { users } from "./users";

/**
 * A seller's registration in progress: each wizard step saves here, so a weaver on a flaky phone
 * connection can stop and resume. Submitting turns it into a pending business in one transaction.
 */
export const businessApplications = pgTable("business_applications", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }).unique(),
  step: integer("step").notNull().default(1),
  data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
  businessId: uuid("business_id").references(() => businesses.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  submittedAt: timestamp("submitted_at", { withTimezone: true }),
});
