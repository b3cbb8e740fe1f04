import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { eventAmendments } from "../schema";
import { eventOfOpd, isEventOfOpd } from "./events";

export type AmendmentRow = typeof eventAmendments.$inferSelect;

/** Records an amendment of an event of the OPD; null (nothing written) when the event is not that OPD's. */
export const insertAmendment = async (db: DbOrTx, scope: { opdId: string }, row: typeof eventAmendments.$inferInsert) => {
  if (!(await isEventOfOpd(db, { eventId: row.eventId, opdId: scope.opdId }))) return null;
  const [inserted] = await db.insert(eventAmendments).values(row).returning();
  return inserted!;
};

/** Stores what an amendment changed; null when it is not an amendment of that OPD's event. */
export const setAmendmentResult = async (
  db: DbOrTx,
  scope: { id: string; eventId: string; opdId: string },
  set: { changes: Record<string, unknown>; reportAfter: Record<string, unknown> },
) => {
  const [updated] = await db
    .update(eventAmendments)
    .set(set)
    .where(and(eq(eventAmendments.id, scope.id), inArray(eventAmendments.eventId, eventOfOpd(db, scope))))
    .returning({ id: eventAmendments.id });
  return updated ?? null;
};

export const listAmendmentsOfEvents = (db: DbOrTx, eventIds: readonly string[]) =>
  eventIds.length === 0
    ? Promise.resolve([])
    : db.select().from(eventAmendments).where(inArray(eventAmendments.eventId, [...eventIds])).orderBy(asc(eventAmendments.createdAt), asc(eventAmendments.id));
