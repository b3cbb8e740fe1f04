import { and, asc, count, desc, eq, lte } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businesses, regions } from "../schema";
import { inRegionTree, parentRegion, PROVINCE_ID } from "./columns";

// The admin's verification queue: businesses of the admin's regions (a province grant includes its kabupaten).

const queueColumns = {
  id: businesses.id,
  legalName: businesses.legalName,
  nib: businesses.nib,
  kbli: businesses.kbli,
  ownerName: businesses.ownerName,
  address: businesses.address,
  scale: businesses.scale,
  capitalIdr: businesses.capitalIdr,
  annualTurnoverIdr: businesses.annualTurnoverIdr,
  verificationStatus: businesses.verificationStatus,
  statusReason: businesses.statusReason,
  verifiedAt: businesses.verifiedAt,
  recheckDueAt: businesses.recheckDueAt,
  kabupaten: regions.name,
  createdAt: businesses.createdAt,
};

/**
 * Businesses of the admin's regions in one status: oldest first (whoever waited longest comes first),
 * except verified ones, most recently decided first.
 */
export const listBusinessesByStatus = (
  db: DbOrTx,
  params: { regionIds: string[]; status: "pending" | "verified" | "rejected" | "suspended"; limit: number },
) =>
  db
    .select(queueColumns)
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .leftJoin(parentRegion, eq(parentRegion.id, regions.parentId))
    .where(and(eq(businesses.verificationStatus, params.status), inRegionTree(params.regionIds)))
    .orderBy(...(params.status === "verified" ? [desc(businesses.verifiedAt)] : []), asc(businesses.createdAt), asc(businesses.id))
    .limit(params.limit);

/** Verified businesses whose yearly re-check date has come, most overdue first. */
export const listBusinessesDueForRecheck = (db: DbOrTx, params: { regionIds: string[]; now: Date; limit: number }) =>
  db
    .select(queueColumns)
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .leftJoin(parentRegion, eq(parentRegion.id, regions.parentId))
    .where(
      and(
        eq(businesses.verificationStatus, "verified"),
        lte(businesses.recheckDueAt, params.now),
        inRegionTree(params.regionIds),
      ),
    )
    .orderBy(asc(businesses.recheckDueAt), asc(businesses.id))
    .limit(params.limit);

export const listPendingBusinesses = (db: DbOrTx, params: { regionIds: string[]; limit: number }) =>
  db
    .select({
      id: businesses.id,
      legalName: businesses.legalName,
      nib: businesses.nib,
      scale: businesses.scale,
      kabupaten: regions.name,
      createdAt: businesses.createdAt,
    })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .leftJoin(parentRegion, eq(parentRegion.id, regions.parentId))
    .where(and(eq(businesses.verificationStatus, "pending"), inRegionTree(params.regionIds)))
    // Oldest first: whoever registered first has waited longest.
    .orderBy(asc(businesses.createdAt), asc(businesses.id))
    .limit(params.limit);

export const countBusinessesByStatus = (db: DbOrTx, params: { regionIds: string[] }) =>
  db
    .select({ status: businesses.verificationStatus, n: count() })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .leftJoin(parentRegion, eq(parentRegion.id, regions.parentId))
    .where(inRegionTree(params.regionIds))
    .groupBy(businesses.verificationStatus);

export const findBusinessOverview = async (db: DbOrTx, businessId: string) => {
  const [row] = await db
    .select({ ...queueColumns, provinceId: PROVINCE_ID })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(businesses.id, businessId))
    .limit(1);
  return row;
};
