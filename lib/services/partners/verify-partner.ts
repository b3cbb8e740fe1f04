import "server-only";
import { db } from "@/db/client";
import { findPartner, markPartnerVerified } from "@/db/queries/partners";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError, conflict } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { PARTNER_MESSAGES } from "./messages";

/** Verifies a partner of the admin's province (404 elsewhere, 409 when already verified); only then may it act. Audited. */
export const verifyPartner = async (viewer: Viewer | null, input: { partnerId: string }, now = new Date()) => {
  return db.transaction(async (tx) => {
    const partner = await findPartner(tx, input.partnerId);
    if (!partner) throw new AppError("not_found", PARTNER_MESSAGES.partnerNotFound);
    authorize(viewer, "partner.manage", { regionId: partner.regionId });
    const updated = await markPartnerVerified(tx, { partnerId: partner.id, regionId: partner.regionId, at: now });
    if (!updated) throw conflict("already_verified", PARTNER_MESSAGES.alreadyVerified);
    await appendAuditEvent(tx, { actor: actorOf(viewer), action: "partner.verified", entity: "partner", entityId: partner.id, data: { name: partner.name } });
    return { id: partner.id, verified: true, verifiedAt: now };
  });
};
