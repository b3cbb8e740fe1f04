import { and, asc, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { events, orders, purchaseRequests } from "../schema";

// Events (kegiatan). Every read is scoped by event or OPD ids the service has already authorized.

export type EventRow = typeof events.$inferSelect;

export const insertEvent = async (db: DbOrTx, row: typeof events.$inferInsert) => {
  const [inserted] = await db.insert(events).values(row).returning();
  return inserted!;
};

/**
 * The event's id if it belongs to the OPD, as a subquery: every write to an event's items, evidence and
 * amendments filters by it, so a write for another office's event changes nothing.
 */
export const eventOfOpd = (db: DbOrTx, scope: { eventId: string; opdId: string }) =>
  db.select({ id: events.id }).from(events).where(and(eq(events.id, scope.eventId), eq(events.opdId, scope.opdId)));

export const isEventOfOpd = async (db: DbOrTx, scope: { eventId: string; opdId: string }) =>
  (await eventOfOpd(db, scope).limit(1)).length === 1;

/** Changes the event only when it belongs to the OPD; null (nothing changed) otherwise. */
export const updateEventRow = async (db: DbOrTx, scope: { id: string; opdId: string }, set: Partial<typeof events.$inferInsert>) => {
  const [updated] = await db
    .update(events)
    .set(set)
    .where(and(eq(events.id, scope.id), eq(events.opdId, scope.opdId)))
    .returning();
  return updated ?? null;
};

export const findEvent = async (db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}) => {
  const query = db.select().from(events).where(eq(events.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
};

/** Events of the given OPDs, newest start first, with the venue and OPD names. */
export const listEventsOfOpds = (
  db: DbOrTx,
  params: { opdIds: readonly string[]; fiscalYear?: number; status?: "open" | "closed"; startsFrom?: Date; startsBefore?: Date },
) =>
  params.opdIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ event: events })
        .from(events)
        .where(
          and(
            inArray(events.opdId, [...params.opdIds]),
            params.fiscalYear === undefined ? undefined : eq(events.fiscalYear, params.fiscalYear),
            params.status === undefined ? undefined : eq(events.status, params.status),
            params.startsFrom === undefined ? undefined : gte(events.startsAt, params.startsFrom),
            params.startsBefore === undefined ? undefined : lt(events.startsAt, params.startsBefore),
          ),
        )
        .orderBy(desc(events.startsAt), asc(events.id))
        .then((rows) => rows.map((r) => r.event));

/** Open events of one OPD, for the cart's event picker and the submit check. */
export const listOpenEventsOfOpd = (db: DbOrTx, opdId: string) =>
  db
    .select({ id: events.id, title: events.title, startsAt: events.startsAt, endsAt: events.endsAt, type: events.type })
    .from(events)
    .where(and(eq(events.opdId, opdId), eq(events.status, "open")))
    .orderBy(desc(events.startsAt));

/** The event behind an order's purchase request (if any), locked so a concurrent close waits for the BAST. */
export const findEventOfOrder = async (db: DbOrTx, orderId: string) => {
  const [row] = await db
    .select({ requestId: purchaseRequests.id, eventId: purchaseRequests.eventId })
    .from(orders)
    .innerJoin(purchaseRequests, eq(purchaseRequests.id, orders.requestId))
    .where(eq(orders.id, orderId))
    .limit(1);
  if (!row?.eventId) return undefined;
  const event = await findEvent(db, row.eventId, { forUpdate: true });
  return event ? { requestId: row.requestId, event } : undefined;
};

export const countEventsOfOpds = async (db: DbOrTx, params: { opdIds: readonly string[]; fiscalYear: number }) => {
  if (params.opdIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ opdId: events.opdId, count: sql<number>`count(*)::int` })
    .from(events)
    .where(and(inArray(events.opdId, [...params.opdIds]), eq(events.fiscalYear, params.fiscalYear)))
    .groupBy(events.opdId);
  return new Map(rows.map((r) => [r.opdId, Number(r.count)]));
};
