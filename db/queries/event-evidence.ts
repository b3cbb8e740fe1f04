import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { eventItemEvidence, eventItems } from "../schema";
import { eventOfOpd } from "./events";

export type EvidenceRow = typeof eventItemEvidence.$inferSelect;

/** Attaches evidence to an item of an event of the OPD; null (nothing written) when the item is not theirs. */
export const insertEvidence = async (db: DbOrTx, scope: { eventId: string; opdId: string }, row: typeof eventItemEvidence.$inferInsert) => {
  const [owned] = await db
    .select({ id: eventItems.id })
    .from(eventItems)
    .where(and(eq(eventItems.id, row.itemId), inArray(eventItems.eventId, eventOfOpd(db, scope))))
    .limit(1);
  if (!owned) return null;
  const [inserted] = await db.insert(eventItemEvidence).values(row).returning();
  return inserted!;
};

export const listEvidenceOfItems = (db: DbOrTx, itemIds: readonly string[]) =>
  itemIds.length === 0
    ? Promise.resolve([])
    : db.select().from(eventItemEvidence).where(inArray(eventItemEvidence.itemId, [...itemIds])).orderBy(asc(eventItemEvidence.uploadedAt), asc(eventItemEvidence.id));

export const findEvidence = async (db: DbOrTx, params: { eventId: string; itemId: string; evidenceId: string }) => {
  const [row] = await db
    .select({ evidence: eventItemEvidence })
    .from(eventItemEvidence)
    .innerJoin(eventItems, eq(eventItems.id, eventItemEvidence.itemId))
    .where(and(eq(eventItemEvidence.id, params.evidenceId), eq(eventItems.id, params.itemId), eq(eventItems.eventId, params.eventId)))
    .limit(1);
  return row?.evidence;
};
