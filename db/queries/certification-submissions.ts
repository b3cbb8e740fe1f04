import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businesses, certificationSubmissions, regions } from "../schema";
import { PROVINCE_ID } from "./columns";

type Kind = (typeof certificationSubmissions.kind.enumValues)[number];

const COLUMNS = {
  id: certificationSubmissions.id,
  businessId: certificationSubmissions.businessId,
  businessName: businesses.legalName,
  nib: businesses.nib,
  provinceId: PROVINCE_ID,
  kind: certificationSubmissions.kind,
  number: certificationSubmissions.number,
  expiresOn: certificationSubmissions.expiresOn,
  documentPath: certificationSubmissions.documentPath,
  status: certificationSubmissions.status,
  submittedBy: certificationSubmissions.submittedBy,
  submittedAt: certificationSubmissions.submittedAt,
  decidedAt: certificationSubmissions.decidedAt,
  reason: certificationSubmissions.reason,
};

const base = (db: DbOrTx) =>
  db.select(COLUMNS).from(certificationSubmissions).innerJoin(businesses, eq(businesses.id, certificationSubmissions.businessId)).innerJoin(regions, eq(regions.id, businesses.regionId));

export const insertCertificationSubmission = async (
  db: DbOrTx,
  row: { businessId: string; kind: Kind; number: string; expiresOn: string | null; documentPath: string; submittedBy: string },
) => {
  const [inserted] = await db.insert(certificationSubmissions).values(row).returning({ id: certificationSubmissions.id, status: certificationSubmissions.status });
  return inserted!;
};

export const findCertificationSubmission = async (db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}) => {
  const query = base(db).where(eq(certificationSubmissions.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for("update", { of: certificationSubmissions }) : await query;
  return row ?? null;
};

export const listSubmissionsOfBusinesses = (db: DbOrTx, businessIds: readonly string[]) =>
  businessIds.length === 0 ? Promise.resolve([]) : base(db).where(inArray(certificationSubmissions.businessId, [...businessIds])).orderBy(desc(certificationSubmissions.submittedAt));

/** The pending ones of these provinces, oldest first: the admin's queue. */
export const listPendingSubmissions = (db: DbOrTx, provinceIds: readonly string[]) =>
  provinceIds.length === 0
    ? Promise.resolve([])
    : base(db).where(and(eq(certificationSubmissions.status, "pending"), inArray(PROVINCE_ID, [...provinceIds]))).orderBy(asc(certificationSubmissions.submittedAt)).limit(100);

export const decideCertificationSubmission = async (
  db: DbOrTx,
  params: { id: string; status: "verified" | "rejected"; decidedBy: string; at: Date; reason: string | null },
) => {
  const [row] = await db
    .update(certificationSubmissions)
    .set({ status: params.status, decidedBy: params.decidedBy, decidedAt: params.at, reason: params.reason })
    .where(and(eq(certificationSubmissions.id, params.id), eq(certificationSubmissions.status, "pending")))
    .returning({ id: certificationSubmissions.id });
  return row ?? null;
};

export const findSubmissionByDocument = async (db: DbOrTx, documentPath: string) => {
  const [row] = await db
    .select({ businessId: certificationSubmissions.businessId, provinceId: PROVINCE_ID })
    .from(certificationSubmissions)
    .innerJoin(businesses, eq(businesses.id, certificationSubmissions.businessId))
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(certificationSubmissions.documentPath, documentPath))
    .limit(1);
  return row ?? null;
};

/** The business a seller submits a certificate for: its KBLI decides which kinds it may hold. */
export const findSubmissionTarget = async (db: DbOrTx, businessId: string) => {
  const [row] = await db
    .select({ id: businesses.id, kbli: businesses.kbli, verificationStatus: businesses.verificationStatus, provinceId: PROVINCE_ID })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(businesses.id, businessId))
    .limit(1);
  return row ?? null;
};
