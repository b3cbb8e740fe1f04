import "server-only";
import { db } from "@/db/client";
import { findPartnership, updatePartnershipStatus } from "@/db/queries/partnerships";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { partnershipTransition, type PartnershipEvent } from "@/lib/domain/readiness/partnership";
import { AppError, conflict } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { PARTNER_MESSAGES } from "@/lib/services/partners/messages";

const PERMISSION = { accept: "partnership.decide", decline: "partnership.decide", end: "partnership.end" } as const;
const AUDIT = { accept: "partnership.accepted", decline: "partnership.declined", end: "partnership.ended" } as const;

/**
 * The UMK accepts or declines a proposal; the UMK or the partner ends it. The row is locked, the move comes
 * from lib/domain/readiness/partnership.ts (409 when the status does not allow it), 404 for an unknown id,
 * 403 for anyone outside the two sides (an admin reads but does not decide). Accepting opens the UMK's readiness profile and documents to the partner. Audited.
 */
export const changePartnershipStatus = async (viewer: Viewer | null, input: { partnershipId: string; event: PartnershipEvent }, now = new Date()) =>
  db.transaction(async (tx) => {
    const p = await findPartnership(tx, input.partnershipId, { forUpdate: true });
    const resource = { businessId: p?.businessId, partnerId: p?.partnerId, regionId: p?.provinceId };
    if (!p) throw new AppError("not_found", PARTNER_MESSAGES.partnershipNotFound);
    authorize(viewer, "partnership.read", resource);
    authorize(viewer, PERMISSION[input.event], resource);
    const to = partnershipTransition(p.status, input.event);
    if (!to) throw conflict("wrong_partnership_status", PARTNER_MESSAGES.wrongPartnershipStatus, { status: p.status });
    const updated = await updatePartnershipStatus(tx, { id: p.id, from: p.status, to, at: now });
    if (!updated) throw conflict("wrong_partnership_status", PARTNER_MESSAGES.wrongPartnershipStatus, { status: p.status });
    await appendAuditEvent(tx, { actor: actorOf(viewer), action: AUDIT[input.event], entity: "partnership", entityId: p.id, data: { from: p.status, to, partnerId: p.partnerId, businessId: p.businessId } });
    return { id: p.id, status: to };
  });
