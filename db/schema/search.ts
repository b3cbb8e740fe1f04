import { sql } from "drizzle-orm";
import { bigserial, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { roleName } from "./users";
import { opds } from "./regions";

export const outboxOperation = pgEnum("outbox_operation", ["upsert", "delete"]);

/** Writes that search must see, queued in the writer's transaction and drained by the worker. */
export const searchOutbox = pgTable(
  "search_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    entity: text("entity").notNull(),
    entityId: uuid("entity_id").notNull(),
    operation: outboxOperation("operation").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    availableAt: timestamp("available_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    processedAt: timestamp("processed_at", { withTimezone: true }),
  },
  (t) => [index("search_outbox_pending").on(t.availableAt).where(sql`processed_at IS NULL`)],
);

/** The demand signal: what people searched for and how much they found; no personal data. */
export const searchQueries = pgTable(
  "search_queries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    normalizedQuery: text("normalized_query").notNull(),
    categorySlug: text("category_slug"),
    resultCount: integer("result_count").notNull(),
    role: roleName("role"),
    opdId: uuid("opd_id").references(() => opds.id),
  },
  (t) => [index("search_queries_at").on(t.at)],
);
