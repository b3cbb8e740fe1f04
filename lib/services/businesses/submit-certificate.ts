import "server-only";
import { db } from "@/db/client";
import { findSubmissionTarget, insertCertificationSubmission } from "@/db/queries/certification-submissions";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { certificateKindsFor, certificationNeedsExpiry } from "@/lib/domain/business/certification";
import { AppError, fieldError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { PARTNER_MESSAGES } from "@/lib/services/partners/messages";
import type { SubmitCertificateInput } from "@/lib/validation/mitra";
import { certificationNotForKbli } from "./create-business";
import { uploadCertificationDocument } from "./upload-document";

/**
 * A seller adds a certificate to its registered business (e.g. the halal certificate a partner helped with):
 * the document is content-checked and stored, and the submission waits for Diskop; it counts for compliance,
 * catalog and readiness only once verified. 422 for a kind the KBLI does not allow or a PIRT without expiry. Audited.
 */
export const submitCertificate = async (viewer: Viewer | null, input: SubmitCertificateInput & { businessId: string; document: Uint8Array | null }) => {
  authorize(viewer, "business.update", { businessId: input.businessId });
  const business = await findSubmissionTarget(db, input.businessId);
  if (!business) throw new AppError("not_found", PARTNER_MESSAGES.businessNotFound);
  if (!certificateKindsFor(business.kbli).includes(input.kind)) throw certificationNotForKbli(business.kbli, input.kind, "kind");
  if (certificationNeedsExpiry(input.kind) && !input.expiresOn) {
    throw fieldError("expiresOn", { id: "PIRT wajib memiliki tanggal kedaluwarsa.", en: "A PIRT needs an expiry date." }, { reason: "expiry_required" });
  }
  if (!input.document || input.document.length === 0) throw fieldError("document", PARTNER_MESSAGES.documentRequired, { reason: "document_required" });
  const stored = await uploadCertificationDocument(viewer, input.document);
  return db.transaction(async (tx) => {
    const row = await insertCertificationSubmission(tx, { businessId: input.businessId, kind: input.kind, number: input.number, expiresOn: input.expiresOn ?? null, documentPath: stored.key, submittedBy: viewer.userId });
    await appendAuditEvent(tx, { actor: actorOf(viewer), action: "certification.submitted", entity: "certification_submission", entityId: row.id, data: { businessId: input.businessId, kind: input.kind, number: input.number, expiresOn: input.expiresOn ?? null } });
    return { id: row.id, status: row.status, documentPath: stored.key };
  });
};
