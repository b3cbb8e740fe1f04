import { and, asc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businesses, regions } from "../schema";
import { PROVINCE_ID, SELLER_SNAPSHOT_COLUMNS } from "./columns";

export const findBusinessName = async (db: DbOrTx, businessId: string) => {
  const [row] = await db.select({ id: businesses.id, name: businesses.legalName }).from(businesses).where(eq(businesses.id, businessId)).limit(1);
  return row;
};

export const findSellerBusiness = async (db: DbOrTx, params: { businessId: string }) => {
  const [row] = await db
    .select({
      id: businesses.id,
      legalName: businesses.legalName,
      nib: businesses.nib,
      scale: businesses.scale,
      isUmk: businesses.isUmk,
      verificationStatus: businesses.verificationStatus,
      statusReason: businesses.statusReason,
      verifiedAt: businesses.verifiedAt,
      kabupaten: regions.name,
    })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(businesses.id, params.businessId))
    .limit(1);
  return row;
};

export const findBusinessProvince = async (db: DbOrTx, businessId: string) => {
  const [row] = await db
    .select({ provinceId: PROVINCE_ID, regionId: businesses.regionId })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(businesses.id, businessId))
    .limit(1);
  return row;
};

/** Whether a business is public, and the province whose admins may see it when it is not. */
export const findBusinessVisibility = async (db: DbOrTx, businessId: string) => {
  const [row] = await db
    .select({ id: businesses.id, verificationStatus: businesses.verificationStatus, provinceId: PROVINCE_ID })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(businesses.id, businessId))
    .limit(1);
  return row ?? null;
};

export const findBusinessPayout = async (db: DbOrTx, businessId: string) => {
  const [row] = await db
    .select({
      id: businesses.id,
      name: businesses.legalName,
      nib: businesses.nib,
      address: businesses.address,
      regionId: businesses.regionId,
      kabupaten: regions.name,
      bankName: businesses.payoutBankName,
      accountNumber: businesses.payoutAccountNumber,
      accountName: businesses.payoutAccountName,
      stripeAccountId: businesses.stripeAccountId,
    })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(businesses.id, businessId))
    .limit(1);
  return row;
};

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

/** Whether another business holds this NIB; a resubmitting seller's own business does not count. */
export const isNibTaken = async (db: DbOrTx, nib: string, exceptBusinessId?: string | null) => {
  const [row] = await db.select({ id: businesses.id }).from(businesses).where(eq(businesses.nib, nib)).limit(1);
  return Boolean(row) && row!.id !== exceptBusinessId;
};

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

/** A business locked for a decision, with the province its kabupaten belongs to (the admin's scope). */
export const findBusinessForDecision = async (db: DbOrTx, businessId: string) => {
  const [row] = await db
    .select({
      id: businesses.id,
      legalName: businesses.legalName,
      verificationStatus: businesses.verificationStatus,
      regionId: businesses.regionId,
      provinceId: PROVINCE_ID,
      verifiedAt: businesses.verifiedAt,
    })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(businesses.id, businessId))
    .limit(1)
    .for("update", { of: businesses });
  return row;
};

// The province itself and its kabupaten/kota, as a subquery.
const regionsOfProvince = (db: DbOrTx, provinceId: string) =>
  db.select({ id: regions.id }).from(regions).where(or(eq(regions.id, provinceId), eq(regions.parentId, provinceId)));

/** A verification decision, scoped by the deciding admin's province: a business elsewhere is not changed (null). */
export const updateBusinessVerification = async (
  db: DbOrTx,
  params: {
    businessId: string;
    provinceId: string;
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
    .where(and(eq(businesses.id, params.businessId), inArray(businesses.regionId, regionsOfProvince(db, params.provinceId))))
    .returning({ id: businesses.id })
    .then(([row]) => row ?? null);

/** The seller's payout account as stored (the whole number: only the owner's edit form and the payment check read it). */
export const findPayoutAccount = async (db: DbOrTx, params: { businessId: string; forUpdate?: boolean }) => {
  const query = db
    .select({
      businessId: businesses.id,
      bankCode: businesses.payoutBankCode,
      bankName: businesses.payoutBankName,
      accountNumber: businesses.payoutAccountNumber,
      accountName: businesses.payoutAccountName,
    })
    .from(businesses)
    .where(eq(businesses.id, params.businessId))
    .limit(1);
  const [row] = await (params.forUpdate ? query.for("update") : query);
  return row ?? null;
};

/** Replaces the payout account of exactly this business (the seller's own, checked by the caller). */
export const setPayoutAccount = (
  db: DbOrTx,
  params: { businessId: string; bankCode: string; bankName: string; accountNumber: string; accountName: string; now: Date },
) =>
  db
    .update(businesses)
    .set({
      payoutBankCode: params.bankCode,
      payoutBankName: params.bankName,
      payoutAccountNumber: params.accountNumber,
      payoutAccountName: params.accountName,
      updatedAt: params.now,
    })
    .where(eq(businesses.id, params.businessId))
    .returning({ id: businesses.id })
    .then(([row]) => row ?? null);
