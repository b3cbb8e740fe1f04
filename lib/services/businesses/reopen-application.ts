import "server-only";
import { db } from "@/db/client";
import { findApplication, reopenApplication } from "@/db/queries/business-applications";
import { findBusinessForDecision } from "@/db/queries/businesses";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { isResubmittable } from "@/lib/domain/business/business-actions";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { notResubmittable } from "./resubmit-business";

/**
 * A rejected seller starts correcting their registration: the wizard opens again with the submitted data,
 * and submitting it resubmits the same business. Only the business's own seller, only while rejected.
 */
export const reopenRejectedApplication = async (viewer: Viewer | null, now = new Date()) => {
  authorize(viewer, "business.register");
  return db.transaction(async (tx) => {
    const application = await findApplication(tx, { userId: viewer.userId, forUpdate: true });
    if (!application?.businessId) throw notResubmittable();
    authorize(viewer, "business.update", { businessId: application.businessId });
    const business = await findBusinessForDecision(tx, application.businessId);
    if (!business || !isResubmittable(business.verificationStatus)) throw notResubmittable();
    await reopenApplication(tx, { userId: viewer.userId, at: now });
    await appendAuditEvent(tx, {
      actor: actorOf(viewer),
      action: "business_application.reopened",
      entity: "business",
      entityId: business.id,
      at: now,
      data: {},
    });
    return { businessId: business.id };
  });
};
