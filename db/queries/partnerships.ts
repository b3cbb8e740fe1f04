import { and, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businesses, partners, partnershipEvidenceFiles, partnerships, partnershipTerms, regions } from "../schema";
import { PROVINCE_ID } from "./columns";

type Status = (typeof partnerships.status.enumValues)[number];
type Type = (typeof partnerships.type.enumValues)[number];

const COLUMNS = {
  id: partnerships.id,
  partnerId: partnerships.partnerId,
  partnerName: partners.name,
  partnerKind: partners.kind,
  businessId: partnerships.businessId,
  businessName: businesses.legalName,
  businessNib: businesses.nib,
  provinceId: PROVINCE_ID,
  type: partnerships.type,
  status: partnerships.status,
  proposedAt: partnerships.proposedAt,
  decidedAt: partnerships.decidedAt,
  endedAt: partnerships.endedAt,
  evidence: partnerships.evidence,
  startsOn: partnershipTerms.startsOn,
  endsOn: partnershipTerms.endsOn,
};

const base = (db: DbOrTx) =>
  db
    .select(COLUMNS)
    .from(partnerships)
    .innerJoin(partners, eq(partners.id, partnerships.partnerId))
    .innerJoin(businesses, eq(businesses.id, partnerships.businessId))
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .leftJoin(partnershipTerms, eq(partnershipTerms.partnershipId, partnerships.id));

export type PartnershipRow = Awaited<ReturnType<typeof findPartnership>> & {};

export const findPartnership = async (db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}) => {
  const query = base(db).where(eq(partnerships.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for("update", { of: partnerships }) : await query;
  return row ?? null;
};

/** Partnerships of a business, of a partner, or of the provinces (admin); newest first. */
export const listPartnerships = (db: DbOrTx, scope: { businessIds?: readonly string[]; partnerIds?: readonly string[]; provinceIds?: readonly string[] }) => {
  const any: SQL[] = [];
  if (scope.businessIds?.length) any.push(inArray(partnerships.businessId, [...scope.businessIds]));
  if (scope.partnerIds?.length) any.push(inArray(partnerships.partnerId, [...scope.partnerIds]));
  if (scope.provinceIds?.length) any.push(inArray(PROVINCE_ID, [...scope.provinceIds]));
  if (any.length === 0) return Promise.resolve([]);
  return base(db).where(or(...any)).orderBy(desc(partnerships.proposedAt), partnerships.id).limit(200);
};

/** Partners whose partnership with the business is accepted now: the only ones who read its non-public data. */
export const listAcceptedPartnerIds = async (db: DbOrTx, businessId: string) =>
  (
    await db
      .select({ partnerId: partnerships.partnerId })
      .from(partnerships)
      .where(and(eq(partnerships.businessId, businessId), eq(partnerships.status, "accepted")))
  ).map((r) => r.partnerId);

/** Businesses among these that already have an open (proposed or accepted) partnership of this type with this partner. */
export const listOpenPartnershipBusinesses = async (db: DbOrTx, params: { partnerId: string; type: Type; businessIds: readonly string[] }) =>
  params.businessIds.length === 0
    ? []
    : (
        await db
          .select({ businessId: partnerships.businessId })
          .from(partnerships)
          .where(and(eq(partnerships.partnerId, params.partnerId), eq(partnerships.type, params.type), inArray(partnerships.status, ["proposed", "accepted"]), inArray(partnerships.businessId, [...params.businessIds])))
      ).map((r) => r.businessId);

export const insertPartnerships = async (
  db: DbOrTx,
  rows: ReadonlyArray<{ partnerId: string; businessId: string; type: Type; evidence: string | null; startsOn: string; endsOn: string | null; at: Date }>,
) => {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(partnerships)
    .values(rows.map((r) => ({ partnerId: r.partnerId, businessId: r.businessId, type: r.type, evidence: r.evidence, proposedAt: r.at })))
    .returning({ id: partnerships.id, businessId: partnerships.businessId });
  await db.insert(partnershipTerms).values(inserted.map((p, i) => ({ partnershipId: p.id, startsOn: rows[i]!.startsOn, endsOn: rows[i]!.endsOn })));
  return inserted;
};

/** Moves the status only from the one it was read in (the caller locked the row); null when it changed meanwhile. */
export const updatePartnershipStatus = async (db: DbOrTx, params: { id: string; from: Status; to: Status; at: Date }) => {
  const [row] = await db
    .update(partnerships)
    .set({
      status: params.to,
      ...(params.to === "accepted" || params.to === "declined" ? { decidedAt: params.at } : {}),
      ...(params.to === "ended" ? { endedAt: params.at } : {}),
    })
    .where(and(eq(partnerships.id, params.id), eq(partnerships.status, params.from)))
    .returning({ id: partnerships.id, status: partnerships.status });
  return row ?? null;
};

export const insertEvidenceFile = async (db: DbOrTx, row: typeof partnershipEvidenceFiles.$inferInsert) => {
  const [inserted] = await db.insert(partnershipEvidenceFiles).values(row).returning({ id: partnershipEvidenceFiles.id, uploadedAt: partnershipEvidenceFiles.uploadedAt });
  return inserted!;
};

export const listEvidenceFiles = (db: DbOrTx, partnershipIds: readonly string[]) =>
  partnershipIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ id: partnershipEvidenceFiles.id, partnershipId: partnershipEvidenceFiles.partnershipId, key: partnershipEvidenceFiles.storageKey, contentType: partnershipEvidenceFiles.contentType, note: partnershipEvidenceFiles.note, uploadedAt: partnershipEvidenceFiles.uploadedAt })
        .from(partnershipEvidenceFiles)
        .where(inArray(partnershipEvidenceFiles.partnershipId, [...partnershipIds]))
        .orderBy(partnershipEvidenceFiles.uploadedAt);

/** The partnership an evidence file belongs to, for the media route's access check. */
export const findPartnershipByEvidenceKey = async (db: DbOrTx, key: string) => {
  const [row] = await db
    .select({ id: partnerships.id, partnerId: partnerships.partnerId, businessId: partnerships.businessId, provinceId: PROVINCE_ID })
    .from(partnershipEvidenceFiles)
    .innerJoin(partnerships, eq(partnerships.id, partnershipEvidenceFiles.partnershipId))
    .innerJoin(businesses, eq(businesses.id, partnerships.businessId))
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(partnershipEvidenceFiles.storageKey, key))
    .limit(1);
  return row ?? null;
};

export const countPartnershipsByStatus = (db: DbOrTx, partnerId: string) =>
  db
    .select({ status: partnerships.status, n: sql<number>`count(*)::int` })
    .from(partnerships)
    .where(eq(partnerships.partnerId, partnerId))
    .groupBy(partnerships.status);
