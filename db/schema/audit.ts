import { sql } from "drizzle-orm";
import { bigint, bigserial, char, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Append-only, hash-chained record of every state change. A trigger (migration 0001) rejects UPDATE,
 * DELETE and TRUNCATE; `seq` is assigned under a lock so the chain never forks.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid("actor_id").references(() => users.id),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    data: jsonb("data").$type<unknown>().notNull(),
    prevHash: char("prev_hash", { length: 64 }).notNull(),
    hash: char("hash", { length: 64 }).notNull().unique(),
  },
  (t) => [index("audit_events_entity").on(t.entity, t.entityId)],
);

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
