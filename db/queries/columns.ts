import { inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { businesses, regions } from "../schema";

// Column sets and helpers more than one query file needs, defined once.

// Raw SQL answers bigint as text; every money column read through db.execute goes through this.
export const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

export const rowsOf = <T>(result: unknown) => result as unknown as T[];

/** The province of a business's region (a kabupaten/kota's parent, or the region itself): the admin's scope. */
export const PROVINCE_ID = sql<string>`coalesce(${regions.parentId}, ${regions.id})`;

/**
 * What a seller snapshot is taken from (request lines, event items): the business's scale and verification
 * now, its kabupaten and that kabupaten's province. Select with `businesses` joined to its `regions` row.
 */
export const SELLER_SNAPSHOT_COLUMNS = {
  nib: businesses.nib,
  scale: businesses.scale,
  isUmk: businesses.isUmk,
  verificationStatus: businesses.verificationStatus,
  verifiedAt: businesses.verifiedAt,
  kabupaten: regions.name,
  provinceRegionId: PROVINCE_ID,
};

// Businesses sit in a kabupaten/kota while an admin's grant is on the province: include its children.
export const parentRegion = alias(regions, "parent_region");

export const inRegionTree = (regionIds: string[]) => or(inArray(regions.id, regionIds), inArray(parentRegion.id, regionIds));

/** The OPDs of a region, as a subquery: the scope of the auditor's region-wide reads (red flags). */
export const opdsOfRegion = (regionId: string) => sql`(SELECT id FROM opds WHERE region_id = ${regionId}::uuid)`;

/** A fiscal year (or any period) as instants, for `placed_at`-style columns. */
export type Period = { from: Date; to: Date };
export const within = (column: ReturnType<typeof sql.raw>, period: Period) =>
  sql`${column} >= ${period.from.toISOString()}::timestamptz AND ${column} < ${period.to.toISOString()}::timestamptz`;
