import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businesses, eventItemEvidence, eventItems, events } from "../schema";
import { eventOfOpd, isEventOfOpd } from "./events";

export type EventItemRow = typeof eventItems.$inferSelect;

/** Adds items to an event of the OPD; null (nothing written) when the event is not that OPD's. */
export const insertEventItems = async (
  db: DbOrTx,
  scope: { eventId: string; opdId: string },
  rows: Array<Omit<typeof eventItems.$inferInsert, "eventId">>,
): Promise<EventItemRow[] | null> => {
  if (!(await isEventOfOpd(db, scope))) return null;
  if (rows.length === 0) return [];
  return db
    .insert(eventItems)
    .values(rows.map((r) => ({ ...r, eventId: scope.eventId })))
    .returning();
};

export const listItemsOfEvents = (db: DbOrTx, eventIds: readonly string[]) =>
  eventIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ item: eventItems, businessName: businesses.legalName })
        .from(eventItems)
        .leftJoin(businesses, eq(businesses.id, eventItems.businessId))
        .where(inArray(eventItems.eventId, [...eventIds]))
        .orderBy(asc(eventItems.createdAt), asc(eventItems.id))
        .then((rows) => rows.map((r) => ({ ...r.item, businessName: r.businessName })));

export const findEventItem = async (db: DbOrTx, params: { eventId: string; itemId: string }) => {
  const [row] = await db
    .select()
    .from(eventItems)
    .where(and(eq(eventItems.id, params.itemId), eq(eventItems.eventId, params.eventId)))
    .limit(1);
  return row;
};

/** Open events only: items of a closed event are voided by amendments, never deleted. */
export const deleteEventItem = async (db: DbOrTx, params: { eventId: string; opdId: string; itemId: string }) => {
  const itemOfOpd = db
    .select({ id: eventItems.id })
    .from(eventItems)
    .where(and(eq(eventItems.id, params.itemId), inArray(eventItems.eventId, eventOfOpd(db, params))));
  await db.delete(eventItemEvidence).where(inArray(eventItemEvidence.itemId, itemOfOpd));
  const deleted = await db
    .delete(eventItems)
    .where(and(eq(eventItems.id, params.itemId), inArray(eventItems.eventId, eventOfOpd(db, params))))
    .returning({ id: eventItems.id });
  return deleted.length === 1;
};

export const voidEventItems = (db: DbOrTx, params: { eventId: string; opdId: string; itemIds: readonly string[]; amendmentId: string }) =>
  db
    .update(eventItems)
    .set({ voidedByAmendmentId: params.amendmentId })
    .where(
      and(
        inArray(eventItems.eventId, eventOfOpd(db, params)),
        inArray(eventItems.id, [...params.itemIds]),
        isNull(eventItems.voidedByAmendmentId),
      ),
    )
    .returning({ id: eventItems.id });

/** Live (non-voided) items of the OPDs' events in a fiscal year, for the per-OPD compliance summary. */
export const listLiveItemsOfOpdEvents = (db: DbOrTx, params: { opdIds: readonly string[]; fiscalYear: number }) =>
  params.opdIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ opdId: events.opdId, eventId: events.id, amountIdr: eventItems.amountIdr, isUmk: eventItems.isUmk, isLocal: eventItems.isLocal })
        .from(eventItems)
        .innerJoin(events, eq(events.id, eventItems.eventId))
        .where(and(inArray(events.opdId, [...params.opdIds]), eq(events.fiscalYear, params.fiscalYear), isNull(eventItems.voidedByAmendmentId)));
