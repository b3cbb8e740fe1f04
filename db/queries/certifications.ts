import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businessCertifications, businesses, regions } from "../schema";
import { PROVINCE_ID } from "./columns";

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

export const listValidCertifications = (db: DbOrTx, params: { businessId: string; today: string }) =>
  db
    .select({ kind: businessCertifications.kind, expiresOn: businessCertifications.expiresOn })
    .from(businessCertifications)
    .where(and(eq(businessCertifications.businessId, params.businessId), sql`(${businessCertifications.expiresOn} IS NULL OR ${businessCertifications.expiresOn} >= ${params.today})`))
    .orderBy(asc(businessCertifications.kind), desc(businessCertifications.expiresOn));

/** Is this storage key the document of a business this user sells for? (documents are private) */
export const findCertificationByDocument = async (db: DbOrTx, documentPath: string) => {
  const [row] = await db
    .select({ businessId: businessCertifications.businessId, provinceId: PROVINCE_ID })
    .from(businessCertifications)
    .innerJoin(businesses, eq(businesses.id, businessCertifications.businessId))
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(businessCertifications.documentPath, documentPath))
    .limit(1);
  return row;
};

export const deleteCertifications = (db: DbOrTx, businessId: string) =>
  db.delete(businessCertifications).where(eq(businessCertifications.businessId, businessId));

export const insertCertifications = async (db: DbOrTx, rows: Array<typeof businessCertifications.$inferInsert>) => {
  if (rows.length > 0) await db.insert(businessCertifications).values(rows);
};
