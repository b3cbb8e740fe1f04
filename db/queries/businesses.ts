import { and, asc, desc, eq, inArray, lte, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../client";
import { businessApplications, businessCertifications, businesses, memberships, regions } from "../schema";

export const findRegionWithParent = async (db: DbOrTx, regionId: string) => {
  const [row] = await db
    .select({ id: regions.id, name: regions.name, kind: regions.kind, parentId: regions.parentId })
    .from(regions)
    .where(eq(regions.id, regionId))
    .limit(1);
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

export const findProvinceByCode = async (db: DbOrTx, code: string) => {
  const [row] = await db.select({ id: regions.id, name: regions.name }).from(regions).where(eq(regions.code, code)).limit(1);
  return row;
};

/** Whether another business holds this NIB; a resubmitting seller's own business does not count. */
export const isNibTaken = async (db: DbOrTx, nib: string, exceptBusinessId?: string | null) => {
  const [row] = await db.select({ id: businesses.id }).from(businesses).where(eq(businesses.nib, nib)).limit(1);
  return Boolean(row) && row!.id !== exceptBusinessId;
};

// ---- applications (wizard state) ---------------------------------------------------------------------------

export const findApplication = async (db: DbOrTx, params: { userId: string; forUpdate?: boolean }) => {
  const query = db.select().from(businessApplications).where(eq(businessApplications.userId, params.userId)).limit(1);
  const [row] = params.forUpdate ? await query.for("update") : await query;
  return row;
};

/** Creates or replaces the caller's application state; one row per user (unique user_id). */
export const upsertApplication = (db: DbOrTx, params: { userId: string; step: number; data: Record<string, unknown> }) =>
  db
    .insert(businessApplications)
    .values({ userId: params.userId, step: params.step, data: params.data })
    .onConflictDoUpdate({
      target: businessApplications.userId,
      set: { step: params.step, data: params.data, updatedAt: sql`now()` },
      where: sql`${businessApplications.submittedAt} IS NULL`,
    })
    .returning({ id: businessApplications.id });

export const markApplicationSubmitted = (db: DbOrTx, params: { userId: string; businessId: string; at: Date }) =>
  db
    .update(businessApplications)
    .set({ businessId: params.businessId, submittedAt: params.at, updatedAt: params.at })
    .where(and(eq(businessApplications.userId, params.userId), sql`${businessApplications.submittedAt} IS NULL`))
    .returning({ id: businessApplications.id });

/** Opens a submitted application again so a rejected seller can correct it in the wizard. */
export const reopenApplication = (db: DbOrTx, params: { userId: string; at: Date }) =>
  db
    .update(businessApplications)
    .set({ submittedAt: null, step: 1, updatedAt: params.at })
    .where(eq(businessApplications.userId, params.userId));

// ---- businesses ------------------------------------------------------------------------------------------

export const insertBusiness = async (db: DbOrTx, row: typeof businesses.$inferInsert) => {
  const [inserted] = await db.insert(businesses).values(row).returning({ id: businesses.id });
  return inserted!;
};

/** A rejected business corrected by its seller: new data, back to pending, the old decision cleared. */
export const updateResubmittedBusiness = (db: DbOrTx, businessId: string, row: Partial<typeof businesses.$inferInsert>) =>
  db
    .update(businesses)
    .set({ ...row, verificationStatus: "pending", statusReason: null, verifiedAt: null, verifiedBy: null, recheckDueAt: null })
    .where(and(eq(businesses.id, businessId), eq(businesses.verificationStatus, "rejected")))
    .returning({ id: businesses.id });

export const deleteCertifications = (db: DbOrTx, businessId: string) =>
  db.delete(businessCertifications).where(eq(businessCertifications.businessId, businessId));

export const insertCertifications = async (db: DbOrTx, rows: Array<typeof businessCertifications.$inferInsert>) => {
  if (rows.length > 0) await db.insert(businessCertifications).values(rows);
};

export const insertSellerMembership = (db: DbOrTx, params: { userId: string; regionId: string; businessId: string }) =>
  db.insert(memberships).values({ userId: params.userId, role: "seller", regionId: params.regionId, businessId: params.businessId });

/** A business locked for a decision, with the province its kabupaten belongs to (the admin's scope). */
export const findBusinessForDecision = async (db: DbOrTx, businessId: string) => {
  const [row] = await db
    .select({
      id: businesses.id,
      legalName: businesses.legalName,
      verificationStatus: businesses.verificationStatus,
      regionId: businesses.regionId,
      provinceId: sql<string>`coalesce(${regions.parentId}, ${regions.id})`,
      verifiedAt: businesses.verifiedAt,
    })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(businesses.id, businessId))
    .limit(1)
    .for("update", { of: businesses });
  return row;
};

export const updateBusinessVerification = (
  db: DbOrTx,
  params: {
    businessId: string;
    status: "pending" | "verified" | "rejected" | "suspended";
    reason: string | null;
    verifiedAt?: Date | null;
    verifiedBy?: string | null;
    recheckDueAt?: Date | null;
    now: Date;
  },
) =>
  db
    .update(businesses)
    .set({
      verificationStatus: params.status,
      statusReason: params.reason,
      ...(params.verifiedAt !== undefined ? { verifiedAt: params.verifiedAt } : {}),
      ...(params.verifiedBy !== undefined ? { verifiedBy: params.verifiedBy } : {}),
      ...(params.recheckDueAt !== undefined ? { recheckDueAt: params.recheckDueAt } : {}),
      updatedAt: params.now,
    })
    .where(eq(businesses.id, params.businessId));

const parentRegion = alias(regions, "parent_region");
const inRegionTree = (regionIds: string[]) => or(inArray(regions.id, regionIds), inArray(parentRegion.id, regionIds));

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

export const listBusinessCertifications = (db: DbOrTx, businessIds: string[]) =>
  businessIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          businessId: businessCertifications.businessId,
          kind: businessCertifications.kind,
          number: businessCertifications.number,
          expiresOn: businessCertifications.expiresOn,
          documentPath: businessCertifications.documentPath,
        })
        .from(businessCertifications)
        .where(inArray(businessCertifications.businessId, businessIds))
        .orderBy(asc(businessCertifications.kind));

/** Is this storage key the document of a business this user sells for? (documents are private) */
export const findCertificationByDocument = async (db: DbOrTx, documentPath: string) => {
  const [row] = await db
    .select({ businessId: businessCertifications.businessId, provinceId: sql<string>`coalesce(${regions.parentId}, ${regions.id})` })
    .from(businessCertifications)
    .innerJoin(businesses, eq(businesses.id, businessCertifications.businessId))
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(businessCertifications.documentPath, documentPath))
    .limit(1);
  return row;
};

export const findBusinessOverview = async (db: DbOrTx, businessId: string) => {
  const [row] = await db
    .select({ ...queueColumns, provinceId: sql<string>`coalesce(${regions.parentId}, ${regions.id})` })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(businesses.id, businessId))
    .limit(1);
  return row;
};
