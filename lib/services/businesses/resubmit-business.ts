import "server-only";
import type { DbOrTx } from "@/db/client";
import { updateResubmittedBusiness } from "@/db/queries/businesses";
import { deleteCertifications, insertCertifications } from "@/db/queries/certifications";
import { enqueueBusinessProductsSync } from "@/db/queries/search-outbox";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { payoutAccountOf, type RegisterBusinessInput } from "@/lib/validation/business";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { isUniqueViolation } from "@/lib/errors";
import { nibTakenError } from "./application";
import { businessFields, certificationRows, checkRegistration } from "./create-business";
import { tellBusiness } from "@/lib/services/notifications/tell";
import { payoutAudit } from "./payout-account-fields";

export const notResubmittable = () =>
  new AppError("conflict", {
    id: "Hanya usaha yang ditolak yang dapat diperbaiki dan diajukan ulang.",
    en: "Only a rejected business can be corrected and resubmitted.",
  });

/**
 * Inside the caller's transaction: the seller's corrected data replaces a rejected business's, which goes
 * back to the Diskop queue as pending (same id, so its history stays in one place in the audit trail).
 */
export const resubmitRejectedBusiness = async (tx: DbOrTx, viewer: Viewer, businessId: string, input: RegisterBusinessInput, now: Date) => {
  authorize(viewer, "business.update", { businessId });
  const { region, scale } = await checkRegistration(tx, viewer, input);
  let updated: Array<{ id: string }>;
  try {
    updated = await tx.transaction((sp) =>
      updateResubmittedBusiness(sp, businessId, { ...businessFields(input, region.id, scale.scale), updatedAt: now }),
    );
  } catch (error) {
    if (isUniqueViolation(error, "businesses_nib_unique")) throw nibTakenError();
    throw error;
  }
  if (updated.length === 0) throw notResubmittable();
  await deleteCertifications(tx, businessId);
  await insertCertifications(tx, certificationRows(businessId, input));
  // Pending products stay out of search; queued anyway so the index follows whatever the status becomes.
  await enqueueBusinessProductsSync(tx, businessId);
  await appendAuditEvent(tx, {
    actor: actorOf(viewer),
    action: "business.resubmitted",
    entity: "business",
    entityId: businessId,
    at: now,
    data: {
      nib: input.nib,
      regionId: region.id,
      capitalIdr: input.capitalIdr,
      annualTurnoverIdr: input.annualTurnoverIdr,
      scale: scale.scale,
      decidedBy: scale.decidedBy,
      certifications: input.certifications.map((c) => ({ kind: c.kind, number: c.number, expiresOn: c.expiresOn ?? null })),
      payoutAccount: payoutAudit(payoutAccountOf(input)),
    },
  });
  await tellBusiness(tx, "business.awaiting_verification", businessId, { at: now });
  return { businessId, scale: scale.scale, verificationStatus: "pending" as const };
};
