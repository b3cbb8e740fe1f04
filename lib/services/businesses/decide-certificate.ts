import "server-only";
import { db } from "@/db/client";
import { insertCertifications } from "@/db/queries/certifications";
import { decideCertificationSubmission, findCertificationSubmission, listPendingSubmissions } from "@/db/queries/certification-submissions";
import { enqueueBusinessProductsSync } from "@/db/queries/search-outbox";
import { authorize, requireSignedIn } from "@/lib/auth/authorize";
import { regionsWhere } from "@/lib/auth/scopes";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError, conflict, isUniqueViolation } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { PARTNER_MESSAGES } from "@/lib/services/partners/messages";

/**
 * Diskop decides a submitted certificate (admin of the business's province). Verifying copies it into the
 * business's certifications — what compliance, the catalog and readiness read — and queues the business's
 * products for the search index in the same transaction; rejecting keeps the reason. 409 when already decided
 * or the same number is already recorded. Audited.
 */
export const decideCertificate = async (
  viewer: Viewer | null,
  input: { submissionId: string; decision: "verify" | "reject"; reason?: string },
  now = new Date(),
) =>
  db.transaction(async (tx) => {
    const s = await findCertificationSubmission(tx, input.submissionId, { forUpdate: true });
    if (!s) throw new AppError("not_found", PARTNER_MESSAGES.submissionNotFound);
    authorize(viewer, "business.verify", { regionId: s.provinceId });
    const status = input.decision === "verify" ? "verified" : "rejected";
    if (!(await decideCertificationSubmission(tx, { id: s.id, status, decidedBy: viewer.userId, at: now, reason: input.reason ?? null }))) {
      throw conflict("submission_decided", PARTNER_MESSAGES.submissionDecided);
    }
    if (status === "verified") {
      try {
        await insertCertifications(tx, [{ businessId: s.businessId, kind: s.kind, number: s.number, expiresOn: s.expiresOn, documentPath: s.documentPath }]);
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict("certificate_duplicate", PARTNER_MESSAGES.certificateDuplicate);
        throw error;
      }
      await enqueueBusinessProductsSync(tx, s.businessId);
    }
    await appendAuditEvent(tx, { actor: actorOf(viewer), action: `certification.${status}`, entity: "certification_submission", entityId: s.id, data: { businessId: s.businessId, kind: s.kind, number: s.number, reason: input.reason ?? null } });
    return { id: s.id, status };
  });

/** The pending certificate submissions of the admin's provinces, oldest first (403 for others). */
export const listCertificateQueue = async (viewer: Viewer | null) => {
  requireSignedIn(viewer);
  const regionIds = regionsWhere(viewer, "business.verify");
  if (regionIds.length === 0) throw new AppError("forbidden");
  return listPendingSubmissions(db, regionIds);
};
