import "server-only";
import type { DbOrTx } from "@/db/client";
import { insertBusiness } from "@/db/queries/businesses";
import { insertCertifications } from "@/db/queries/certifications";
import { insertSellerMembership } from "@/db/queries/memberships";
import { findProvinceByCode, findRegionWithParent } from "@/db/queries/regions";
import type { Viewer } from "@/lib/domain/auth/roles";
import { PLATFORM_PROVINCE_CODE } from "@/lib/domain/business/onboarding";
import { classifyBusinessScale, type BusinessScale } from "@/lib/domain/business/scale";
import { certificationsNotForKbli, type CertificationKind } from "@/lib/domain/business/certification";
import { AppError, fieldError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { payoutAccountOf, type RegisterBusinessInput } from "@/lib/validation/business";
import { VALIDATION_MESSAGES } from "@/lib/validation/messages";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { isUniqueViolation } from "@/lib/errors";
import { nibTakenError } from "./application";
import { tellBusiness } from "@/lib/services/notifications/tell";
import { payoutAudit, payoutColumns } from "./payout-account-fields";

const KIND_NAMES = { halal: "Halal", pirt: "PIRT (SPP-IRT)", bpom: "BPOM", sni: "SNI" } as const;

/** 422 on the first certificate the business's KBLI does not allow (e.g. PIRT for a weaver). */
export const certificationNotForKbli = (kbli: string, kind: CertificationKind, path: string) =>
  fieldError(
    path,
    {
      id: `Sertifikat ${KIND_NAMES[kind]} hanya untuk usaha pangan (KBLI 10…, 11…, 56…${kind === "bpom" ? ", kosmetik, atau obat" : ""}); KBLI ${kbli} tidak termasuk.`,
      en: `A ${KIND_NAMES[kind]} certificate is for food businesses only (KBLI 10…, 11…, 56…${kind === "bpom" ? ", cosmetics or medicine" : ""}); KBLI ${kbli} is not one.`,
    },
    { reason: "certification_not_for_kbli", kind, kbli },
  );

const badRegion = () =>
  new AppError("unprocessable", VALIDATION_MESSAGES.region, [{ path: "regionId", message: VALIDATION_MESSAGES.region.id }]);

/**
 * The checks every registration (new or resubmitted) passes: a kabupaten/kota of the platform province,
 * certification documents uploaded by this user (their keys carry the user id), certificates the KBLI allows
 * (food permits for food businesses only), and the scale by PP 7/2021.
 */
export const checkRegistration = async (tx: DbOrTx, viewer: Viewer, input: RegisterBusinessInput) => {
  const [misfit] = certificationsNotForKbli(input.kbli, input.certifications);
  if (misfit) throw certificationNotForKbli(input.kbli, misfit.kind, `certifications.${misfit.index}.kind`);
  const [region, province] = await Promise.all([findRegionWithParent(tx, input.regionId), findProvinceByCode(tx, PLATFORM_PROVINCE_CODE)]);
  if (!region || !province || region.parentId !== province.id || region.kind === "provinsi") throw badRegion();
  const documentPrefix = `documents/${viewer.userId}/`;
  for (const cert of input.certifications) {
    if (cert.documentKey && !cert.documentKey.startsWith(documentPrefix)) throw new AppError("forbidden");
  }
  return { region, province, scale: classifyBusinessScale(input.capitalIdr, input.annualTurnoverIdr) };
};

/**
 * The business columns a registration sets, the same for a new and a resubmitted one. A payout account
 * left empty is not written at all, so a resubmission never clears one the seller saved in Pengaturan.
 */
export const businessFields = (input: RegisterBusinessInput, regionId: string, scale: BusinessScale) => ({
  ...payoutColumns(payoutAccountOf(input)),
  legalName: input.legalName,
  nib: input.nib,
  kbli: input.kbli,
  ownerName: input.ownerName,
  regionId,
  address: input.address,
  capitalIdr: input.capitalIdr,
  annualTurnoverIdr: input.annualTurnoverIdr,
  scale,
});

export const certificationRows = (businessId: string, input: RegisterBusinessInput) =>
  input.certifications.map((c) => ({
    businessId,
    kind: c.kind,
    number: c.number,
    expiresOn: c.expiresOn ?? null,
    documentPath: c.documentKey ?? null,
  }));

/**
 * Inside the caller's transaction: a pending business in a kabupaten/kota of the platform province, its
 * certifications, and the caller's `seller` membership (region = province), each with an audit event.
 * Certification documents must have been uploaded by this user (their keys carry the user id).
 */
export const createPendingBusiness = async (tx: DbOrTx, viewer: Viewer, input: RegisterBusinessInput, now: Date) => {
  const { region, province, scale } = await checkRegistration(tx, viewer, input);
  let businessId: string;
  try {
    // A savepoint, so a taken NIB can be reported without poisoning the caller's transaction.
    businessId = await tx.transaction(async (sp) =>
      (
        await insertBusiness(sp, {
          ...businessFields(input, region.id, scale.scale),
          verificationStatus: "pending",
          createdAt: now,
          updatedAt: now,
        })
      ).id,
    );
  } catch (error) {
    if (isUniqueViolation(error, "businesses_nib_unique")) throw nibTakenError();
    throw error;
  }
  await insertCertifications(tx, certificationRows(businessId, input));
  await insertSellerMembership(tx, { userId: viewer.userId, regionId: province.id, businessId });
  const actor = actorOf(viewer);
  await appendAuditEvent(tx, {
    actor,
    action: "business.registered",
    entity: "business",
    entityId: businessId,
    at: now,
    data: {
      nib: input.nib,
      kbli: input.kbli,
      regionId: region.id,
      capitalIdr: input.capitalIdr,
      annualTurnoverIdr: input.annualTurnoverIdr,
      scale: scale.scale,
      decidedBy: scale.decidedBy,
      certifications: input.certifications.map((c) => ({ kind: c.kind, number: c.number, expiresOn: c.expiresOn ?? null })),
      payoutAccount: payoutAudit(payoutAccountOf(input)),
    },
  });
  await appendAuditEvent(tx, {
    actor,
    action: "membership.granted",
    entity: "user",
    entityId: viewer.userId,
    at: now,
    data: { role: "seller", regionId: province.id, businessId },
  });
  await tellBusiness(tx, "business.awaiting_verification", businessId, { at: now });
  return { businessId, scale: scale.scale, verificationStatus: "pending" as const };
};
