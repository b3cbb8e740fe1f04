import { asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { opds } from "../schema";

export const findOpd = async (db: DbOrTx, opdId: string) => {
  const [row] = await db
    .select({ id: opds.id, regionId: opds.regionId, name: opds.name, shortName: opds.shortName })
    .from(opds)
    .where(eq(opds.id, opdId))
    .limit(1);
  return row;
};

export const listOpdsOfRegions = (db: DbOrTx, regionIds: readonly string[]) =>
  regionIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ id: opds.id, regionId: opds.regionId, name: opds.name, shortName: opds.shortName })
        .from(opds)
        .where(inArray(opds.regionId, [...regionIds]))
        .orderBy(asc(opds.name));

export const findOpdsByIds = (db: DbOrTx, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.select({ id: opds.id, regionId: opds.regionId, name: opds.name, shortName: opds.shortName }).from(opds).where(inArray(opds.id, [...ids]));

export const listOpdsWithRegion = (db: DbOrTx, params: { opdIds?: readonly string[] } = {}) =>
  db
    .select({ id: opds.id, name: opds.name, regionId: opds.regionId })
    .from(opds)
    .where(params.opdIds ? (params.opdIds.length === 0 ? sql`false` : inArray(opds.id, [...params.opdIds])) : undefined)
    .orderBy(asc(opds.name));
