import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../client";
import { regions } from "../schema";

export const findRegion = async (db: DbOrTx, params: { regionId: string }) => {
  const [row] = await db
    .select({ id: regions.id, name: regions.name, kind: regions.kind })
    .from(regions)
    .where(eq(regions.id, params.regionId))
    .limit(1);
  return row;
};

export const findRegionWithParent = async (db: DbOrTx, regionId: string) => {
  const [row] = await db
    .select({ id: regions.id, name: regions.name, kind: regions.kind, parentId: regions.parentId })
    .from(regions)
    .where(eq(regions.id, regionId))
    .limit(1);
  return row;
};

export const findRegionsByIds = (db: DbOrTx, ids: readonly string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.select({ id: regions.id, name: regions.name }).from(regions).where(inArray(regions.id, [...ids]));

export const findProvinceByCode = async (db: DbOrTx, code: string) => {
  const [row] = await db.select({ id: regions.id, name: regions.name }).from(regions).where(eq(regions.code, code)).limit(1);
  return row;
};

/** The kabupaten/kota of a province (by BPS code), ordered by name: the wizard's and product form's choices. */
export const listKabupatenOfProvince = (db: DbOrTx, provinceCode: string) => {
  const province = alias(regions, "province");
  return db
    .select({ id: regions.id, name: regions.name, kind: regions.kind, parentId: regions.parentId })
    .from(regions)
    .innerJoin(province, eq(province.id, regions.parentId))
    .where(eq(province.code, provinceCode))
    .orderBy(asc(regions.name));
};

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

/** Every kabupaten/kota (with its province), platform province first: the origin choices of a product. */
export const listOriginRegions = (db: DbOrTx, platformProvinceCode: string) => {
  return db.execute(sql`
    SELECT r.id, r.name, p.name AS "provinceName", p.code = ${platformProvinceCode} AS "isPlatform"
    FROM regions r JOIN regions p ON p.id = r.parent_id
    ORDER BY (p.code = ${platformProvinceCode}) DESC, p.name, r.name`) as unknown as Promise<
    Array<{ id: string; name: string; provinceName: string; isPlatform: boolean }>
  >;
};
