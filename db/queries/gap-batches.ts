import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { gapBatches, gapBatchMembers, partners } from "../schema";

const COLUMNS = {
  id: gapBatches.id,
  gapCode: gapBatches.gapCode,
  regionId: gapBatches.regionId,
  filter: gapBatches.filter,
  claimedByPartnerId: gapBatches.claimedByPartnerId,
  claimedByName: partners.name,
  claimedAt: gapBatches.claimedAt,
  createdAt: gapBatches.createdAt,
};

export type GapBatchRow = Awaited<ReturnType<typeof findGapBatch>> & {};

export const insertGapBatch = async (
  db: DbOrTx,
  row: { gapCode: string; regionId: string; filter: Record<string, unknown>; members: ReadonlyArray<{ businessId: string; gaps: string[] }> },
) => {
  const [batch] = await db.insert(gapBatches).values({ gapCode: row.gapCode, regionId: row.regionId, filter: row.filter }).returning({ id: gapBatches.id, createdAt: gapBatches.createdAt });
  if (row.members.length > 0) {
    await db.insert(gapBatchMembers).values(row.members.map((m) => ({ batchId: batch!.id, businessId: m.businessId, gapsAtCreation: m.gaps })));
  }
  return batch!;
};

export const findGapBatch = async (db: DbOrTx, id: string) => {
  const [row] = await db.select(COLUMNS).from(gapBatches).leftJoin(partners, eq(partners.id, gapBatches.claimedByPartnerId)).where(eq(gapBatches.id, id)).limit(1);
  return row ?? null;
};

/** Batches of the provinces; `claimedBy` narrows to one partner's, `open` to the unclaimed ones. */
export const listGapBatches = (db: DbOrTx, params: { regionIds: readonly string[]; claimedBy?: string; open?: boolean }) => {
  if (params.regionIds.length === 0) return Promise.resolve([]);
  const where = [inArray(gapBatches.regionId, [...params.regionIds])];
  if (params.claimedBy) where.push(eq(gapBatches.claimedByPartnerId, params.claimedBy));
  if (params.open) where.push(isNull(gapBatches.claimedByPartnerId));
  return db
    .select(COLUMNS)
    .from(gapBatches)
    .leftJoin(partners, eq(partners.id, gapBatches.claimedByPartnerId))
    .where(and(...where))
    .orderBy(desc(gapBatches.createdAt), asc(gapBatches.id))
    .limit(100);
};

export const listGapBatchMembers = (db: DbOrTx, batchIds: readonly string[]) =>
  batchIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ batchId: gapBatchMembers.batchId, businessId: gapBatchMembers.businessId, gapsAtCreation: gapBatchMembers.gapsAtCreation })
        .from(gapBatchMembers)
        .where(inArray(gapBatchMembers.batchId, [...batchIds]));

/** Claims an unclaimed batch for the partner; null when someone claimed it first (the WHERE is the guard). */
export const claimGapBatch = async (db: DbOrTx, params: { batchId: string; partnerId: string; at: Date }) => {
  const [row] = await db
    .update(gapBatches)
    .set({ claimedByPartnerId: params.partnerId, claimedAt: params.at })
    .where(and(eq(gapBatches.id, params.batchId), isNull(gapBatches.claimedByPartnerId)))
    .returning({ id: gapBatches.id });
  return row ?? null;
};
