import "server-only";
import { db } from "@/db/client";
import { findBusinessForDecision, updateBusinessVerification } from "@/db/queries/businesses";
import { enqueueBusinessProductsSync } from "@/db/queries/search-outbox";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { nextVerificationStatus, recheckDueAt, type VerificationDecision } from "@/lib/domain/business/verification";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { VALIDATION_MESSAGES } from "@/lib/validation/messages";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { orNotFound } from "@/lib/services/or-not-found";
import { tellBusiness } from "@/lib/services/notifications/tell";
import { openStorefront } from "@/lib/services/storefront/open-storefront";

const notFound = () => new AppError("not_found", { id: "Usaha tidak ditemukan.", en: "Business not found." });

const DECISION_LABEL: Record<VerificationDecision, { id: string; en: string }> = {
  verify: { id: "memverifikasi", en: "verify" },
  reject: { id: "menolak", en: "reject" },
  suspend: { id: "menangguhkan", en: "suspend" },
  reinstate: { id: "memulihkan", en: "reinstate" },
};

/**
 * Applies a Diskop decision (verify | reject | suspend | reinstate) by an admin of the business's
 * province. In one transaction: the new status (and verified_at + re-check date on verify/reinstate), an
 * audit event, and every product of the business queued for search, so suspension hides them all at once.
 */
export const decideVerification = async (
  viewer: Viewer | null,
  input: { businessId: string; decision: VerificationDecision; reason?: string | null },
  now = new Date(),
) => {
  if (!viewer) throw new AppError("unauthenticated");
  return db.transaction(async (tx) => {
    const business = await findBusinessForDecision(tx, input.businessId);
    if (!business) throw notFound();
    authorize(viewer, "business.verify", { regionId: business.provinceId });
    const reason = input.reason?.trim() || null;
    const result = nextVerificationStatus(business.verificationStatus, input.decision, reason);
    if (!result.ok) {
      if (result.reason === "reason_required") {
        throw new AppError("unprocessable", VALIDATION_MESSAGES.reason, [{ path: "reason", message: VALIDATION_MESSAGES.reason.id }]);
      }
      const label = DECISION_LABEL[input.decision];
      throw new AppError("conflict", {
        id: `Tidak dapat ${label.id} usaha berstatus "${business.verificationStatus}".`,
        en: `Cannot ${label.en} a business that is "${business.verificationStatus}".`,
      });
    }
    const becomesVerified = result.to === "verified";
    orNotFound(
      await updateBusinessVerification(tx, {
        businessId: business.id,
        provinceId: business.provinceId,
        status: result.to,
        reason,
        ...(becomesVerified ? { verifiedAt: now, verifiedBy: viewer.userId, recheckDueAt: recheckDueAt(now) } : {}),
        now,
      }),
    );
    await enqueueBusinessProductsSync(tx, business.id);
    // A verified business gets its storefront slug once; it keeps it through suspension and reinstatement.
    const storefrontSlug = becomesVerified ? await openStorefront(tx, { businessId: business.id, now }) : null;
    await appendAuditEvent(tx, {
      actor: actorOf(viewer),
      action: `business.${input.decision === "verify" ? "verified" : input.decision === "reject" ? "rejected" : input.decision === "suspend" ? "suspended" : "reinstated"}`,
      entity: "business",
      entityId: business.id,
      at: now,
      data: { from: business.verificationStatus, to: result.to, reason, ...(becomesVerified ? { recheckDueAt: recheckDueAt(now).toISOString() } : {}), ...(storefrontSlug ? { storefrontSlug } : {}) },
    });
    if (result.to !== "pending") {
      await tellBusiness(tx, `business.${result.to}`, business.id, { at: now, actorId: viewer.userId, params: { reason } });
    }
    return { id: business.id, verificationStatus: result.to, reason, recheckDueAt: becomesVerified ? recheckDueAt(now) : null };
  });
};
