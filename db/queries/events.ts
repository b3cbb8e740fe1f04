import { and, asc, desc, eq, gte, ilike, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { SELLER_SNAPSHOT_COLUMNS } from "./procurement";
import {
  businesses, eventAmendments, eventItemEvidence, eventItems, events, opds, orderLines, orders, purchaseRequests, receiptLines, regions,
  requestLines, users,
} from "../schema";

// Events (kegiatan), their items, evidence and amendments. Every read is scoped by event or OPD ids the
// service has already authorized.

export type EventRow = typeof events.$inferSelect;
export type EventItemRow = typeof eventItems.$inferSelect;
export type EvidenceRow = typeof eventItemEvidence.$inferSelect;
export type AmendmentRow = typeof eventAmendments.$inferSelect;

/** A kabupaten/kota of the province, by id or exact name (case-insensitive). */
export const findKabupatenOfProvince = async (db: DbOrTx, params: { provinceId: string; idOrName: string }) => {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(params.idOrName);
  const [row] = await db
    .select({ id: regions.id, name: regions.name })
    .from(regions)
    .where(
      and(
        eq(regions.parentId, params.provinceId),
        isUuid ? eq(regions.id, params.idOrName) : sql`lower(${regions.name}) = lower(${params.idOrName})`,
      ),
    )
    .limit(1);
  return row;
};

export const listKabupatenOfProvinces = (db: DbOrTx, provinceIds: readonly string[]) =>
  provinceIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ id: regions.id, name: regions.name, provinceId: sql<string>`${regions.parentId}` })
        .from(regions)
        .where(inArray(regions.parentId, [...provinceIds]))
        .orderBy(asc(regions.name));

export const insertEvent = async (db: DbOrTx, row: typeof events.$inferInsert) => {
  const [inserted] = await db.insert(events).values(row).returning();
  return inserted!;
};

export const updateEventRow = async (db: DbOrTx, id: string, set: Partial<typeof events.$inferInsert>) => {
  const [updated] = await db.update(events).set(set).where(eq(events.id, id)).returning();
  return updated!;
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

export const findOpdsByIds = (db: DbOrTx, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.select({ id: opds.id, regionId: opds.regionId, name: opds.name, shortName: opds.shortName }).from(opds).where(inArray(opds.id, [...ids]));

export const findRegionsByIds = (db: DbOrTx, ids: readonly string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.select({ id: regions.id, name: regions.name }).from(regions).where(inArray(regions.id, [...ids]));

export const findUserNames = (db: DbOrTx, ids: readonly string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids]));

// ---- items ------------------------------------------------------------------------------------------------

export const insertEventItems = (db: DbOrTx, rows: Array<typeof eventItems.$inferInsert>) =>
  rows.length === 0 ? Promise.resolve([] as EventItemRow[]) : db.insert(eventItems).values(rows).returning();

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
export const deleteEventItem = async (db: DbOrTx, params: { eventId: string; itemId: string }) => {
  await db.delete(eventItemEvidence).where(eq(eventItemEvidence.itemId, params.itemId));
  const deleted = await db
    .delete(eventItems)
    .where(and(eq(eventItems.id, params.itemId), eq(eventItems.eventId, params.eventId)))
    .returning({ id: eventItems.id });
  return deleted.length === 1;
};

export const voidEventItems = (db: DbOrTx, params: { eventId: string; itemIds: readonly string[]; amendmentId: string }) =>
  db
    .update(eventItems)
    .set({ voidedByAmendmentId: params.amendmentId })
    .where(and(eq(eventItems.eventId, params.eventId), inArray(eventItems.id, [...params.itemIds]), isNull(eventItems.voidedByAmendmentId)))
    .returning({ id: eventItems.id });

/** The business as it stands now, with the province of its kabupaten: what an item snapshots. */
export const findBusinessForEventItem = async (db: DbOrTx, businessId: string) => {
  const [row] = await db
    .select({
      id: businesses.id,
      name: businesses.legalName,
      ...SELLER_SNAPSHOT_COLUMNS,
    })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(businesses.id, businessId))
    .limit(1);
  return row;
};

/** Verified businesses whose name or NIB matches, for the item form's picker. */
export const searchVerifiedBusinesses = (db: DbOrTx, params: { q: string; limit?: number }) => {
  const pattern = `%${params.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({ id: businesses.id, name: businesses.legalName, nib: businesses.nib, kabupaten: regions.name, scale: businesses.scale, isUmk: businesses.isUmk })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(and(eq(businesses.verificationStatus, "verified"), or(ilike(businesses.legalName, pattern), sql`${businesses.nib} LIKE ${`${params.q}%`}`)))
    .orderBy(asc(businesses.legalName))
    .limit(params.limit ?? 20);
};

// ---- evidence ---------------------------------------------------------------------------------------------

export const insertEvidence = async (db: DbOrTx, row: typeof eventItemEvidence.$inferInsert) => {
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

// ---- amendments -------------------------------------------------------------------------------------------

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

// ---- links with procurement -------------------------------------------------------------------------------

export const listRequestsOfEvent = (db: DbOrTx, eventId: string) =>
  db
    .select({ id: purchaseRequests.id, number: purchaseRequests.number, status: purchaseRequests.status })
    .from(purchaseRequests)
    .where(eq(purchaseRequests.eventId, eventId))
    .orderBy(asc(purchaseRequests.number));

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

/** Each line of a BAST with the order line's price and the request line's seller snapshot. */
export const listReceiptLinesWithSnapshot = (db: DbOrTx, receiptId: string) =>
  db
    .select({
      receiptLineId: receiptLines.id,
      quantity: receiptLines.quantity,
      unitPriceIdr: orderLines.unitPriceIdr,
      title: orderLines.title,
      categorySlug: requestLines.categorySlug,
      isFood: requestLines.isFood,
      businessId: requestLines.businessId,
      sellerName: requestLines.sellerName,
      sellerNib: requestLines.sellerNib,
      sellerScale: requestLines.sellerScale,
      sellerIsUmk: requestLines.sellerIsUmk,
      sellerKabupaten: requestLines.sellerKabupaten,
      sellerVerifiedAt: requestLines.sellerVerifiedAt,
      isLocal: requestLines.isLocal,
    })
    .from(receiptLines)
    .innerJoin(orderLines, eq(orderLines.id, receiptLines.orderLineId))
    .innerJoin(requestLines, eq(requestLines.id, orderLines.requestLineId))
    .where(eq(receiptLines.receiptId, receiptId))
    .orderBy(asc(receiptLines.id));

/** Open events of one OPD, for the cart's event picker and the submit check. */
export const listOpenEventsOfOpd = (db: DbOrTx, opdId: string) =>
  db
    .select({ id: events.id, title: events.title, startsAt: events.startsAt, endsAt: events.endsAt, type: events.type })
    .from(events)
    .where(and(eq(events.opdId, opdId), eq(events.status, "open")))
    .orderBy(desc(events.startsAt));

/** Live (non-voided) items of the OPDs' events in a fiscal year, for the per-OPD compliance summary. */
export const listLiveItemsOfOpdEvents = (db: DbOrTx, params: { opdIds: readonly string[]; fiscalYear: number }) =>
  params.opdIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ opdId: events.opdId, eventId: events.id, amountIdr: eventItems.amountIdr, isUmk: eventItems.isUmk, isLocal: eventItems.isLocal })
        .from(eventItems)
        .innerJoin(events, eq(events.id, eventItems.eventId))
        .where(and(inArray(events.opdId, [...params.opdIds]), eq(events.fiscalYear, params.fiscalYear), isNull(eventItems.voidedByAmendmentId)));

export const countEventsOfOpds = async (db: DbOrTx, params: { opdIds: readonly string[]; fiscalYear: number }) => {
  if (params.opdIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ opdId: events.opdId, count: sql<number>`count(*)::int` })
    .from(events)
    .where(and(inArray(events.opdId, [...params.opdIds]), eq(events.fiscalYear, params.fiscalYear)))
    .groupBy(events.opdId);
  return new Map(rows.map((r) => [r.opdId, Number(r.count)]));
};
