import "server-only";
import { db } from "@/db/client";
import { findPartner, insertInvitedUser, insertPartnerMembership } from "@/db/queries/partners";
import { findUserByEmail } from "@/db/queries/users";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { partnerActions } from "@/lib/domain/readiness/partners";
import { AppError, conflict } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { AddPartnerMemberInput } from "@/lib/validation/mitra";
import { PARTNER_MESSAGES } from "./messages";

/**
 * Gives a person the `partner` role for a verified partner of the admin's province. A person without an
 * account gets one without a password (they set it through "Lupa sandi"). 409 when they already belong. Audited.
 */
export const addPartnerMember = async (viewer: Viewer | null, input: AddPartnerMemberInput & { partnerId: string }) =>
  db.transaction(async (tx) => {
    const partner = await findPartner(tx, input.partnerId);
    if (!partner) throw new AppError("not_found", PARTNER_MESSAGES.partnerNotFound);
    authorize(viewer, "partner.manage", { regionId: partner.regionId });
    if (!partnerActions(partner, { isRegionAdmin: true }).addMember) throw conflict("partner_not_verified", PARTNER_MESSAGES.notVerified);
    const existing = await findUserByEmail(tx, input.email);
    const userId = existing?.id ?? (await insertInvitedUser(tx, { email: input.email, name: input.name })).id;
    const membership = await insertPartnerMembership(tx, { userId, regionId: partner.regionId, partnerId: partner.id });
    if (!membership) throw conflict("already_member", PARTNER_MESSAGES.alreadyMember);
    await appendAuditEvent(tx, { actor: actorOf(viewer), action: "partner.member_added", entity: "partner", entityId: partner.id, data: { userId, email: input.email, newAccount: !existing } });
    return { partnerId: partner.id, userId, newAccount: !existing };
  });
