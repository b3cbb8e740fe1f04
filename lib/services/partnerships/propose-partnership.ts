import "server-only";
import { db } from "@/db/client";
import { findBusinessVisibility } from "@/db/queries/businesses";
import { findPartner } from "@/db/queries/partners";
import { insertPartnerships, listOpenPartnershipBusinesses } from "@/db/queries/partnerships";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError, conflict } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { PARTNER_MESSAGES } from "@/lib/services/partners/messages";
import type { ProposePartnershipInput } from "@/lib/validation/mitra";

/**
 * A verified partner proposes a typed partnership to a business of its province; the UMK then accepts or
 * declines it. 404 for an unknown or rejected business or one outside the partner's province, 409 when the
 * partner is not verified or the same type is already proposed or running. Audited.
 */
export const proposePartnership = async (viewer: Viewer | null, input: ProposePartnershipInput & { partnerId: string }, now = new Date()) =>
  db.transaction(async (tx) => {
    const partner = await findPartner(tx, input.partnerId);
    authorize(viewer, "partnership.propose", { partnerId: input.partnerId });
    if (!partner) throw new AppError("not_found", PARTNER_MESSAGES.partnerNotFound);
    if (!partner.verified) throw conflict("partner_not_verified", PARTNER_MESSAGES.notVerified);
    const business = await findBusinessVisibility(tx, input.businessId);
    if (!business || business.verificationStatus === "rejected" || business.provinceId !== partner.regionId) throw new AppError("not_found", PARTNER_MESSAGES.businessNotFound);
    const open = await listOpenPartnershipBusinesses(tx, { partnerId: partner.id, type: input.type, businessIds: [business.id] });
    if (open.length > 0) throw conflict("partnership_open", PARTNER_MESSAGES.alreadyOpen);
    const [created] = await insertPartnerships(tx, [{ partnerId: partner.id, businessId: business.id, type: input.type, evidence: input.note ?? null, startsOn: input.startsOn, endsOn: input.endsOn ?? null, at: now }]);
    await appendAuditEvent(tx, {
      actor: actorOf(viewer),
      action: "partnership.proposed",
      entity: "partnership",
      entityId: created!.id,
      data: { partnerId: partner.id, businessId: business.id, type: input.type, startsOn: input.startsOn, endsOn: input.endsOn ?? null },
    });
    return { id: created!.id, status: "proposed" as const };
  });
