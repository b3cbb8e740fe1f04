import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { eventAmendments } from "../schema";

export type AmendmentRow = typeof eventAmendments.$inferSelect;

export const insertAmendment = async (db: DbOrTx, row: typeof eventAmendments.$inferInsert) => {
  const [inserted] = await db.insert(eventAmendments).values(row).returning();
  return inserted!;
};

export const setAmendmentResult = (db: DbOrTx, id: string, set: { changes: Record<string, unknown>; reportAfter: Record<string, unknown> }) =>
  db.update(eventAmendments).set(set).where(eq(eventAmendments.id, id));

export const listAmendmentsOfEvents = (db: DbOrTx, eventIds: readonly string[]) =>
  eventIds.length === 0
    ? Promise.resolve([])
    : db.select().from(eventAmendments).where(inArray(eventAmendments.eventId, [...eventIds])).orderBy(asc(eventAmendments.createdAt), asc(eventAmendments.id));
