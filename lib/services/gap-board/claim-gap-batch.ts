import "server-only";
import { db } from "@/db/client";
import { claimGapBatch, findGapBatch, listGapBatchMembers } from "@/db/queries/gap-batches";
import { findPartner } from "@/db/queries/partners";
import { insertPartnerships, listOpenPartnershipBusinesses } from "@/db/queries/partnerships";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { PARTNERSHIP_TYPE_FOR_GAP } from "@/lib/domain/readiness/partners";
import { GAP_CODES, type GapCode } from "@/lib/domain/readiness/gaps";
import { witaDate } from "@/lib/domain/time/wita";
import { AppError, conflict } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { PARTNER_MESSAGES } from "@/lib/services/partners/messages";

/**
 * A verified partner of the batch's province claims an open batch (409 when another claimed it first: the
 * UPDATE only matches an unclaimed row) and, in the same transaction, proposes to every member the
 * partnership that closes the gap (e.g. certifier for a missing food permit), skipping members that already
 * have one of that type open with it. The UMKs then accept or decline. Audited (the claim and each proposal).
 */
export const claimGapBatchFor = async (viewer: Viewer | null, input: { batchId: string; partnerId: string }, now = new Date()) =>
  db.transaction(async (tx) => {
    authorize(viewer, "gap_batch.claim", { partnerId: input.partnerId });
    const [batch, partner] = await Promise.all([findGapBatch(tx, input.batchId), findPartner(tx, input.partnerId)]);
    if (!batch || !partner || batch.regionId !== partner.regionId) throw new AppError("not_found", PARTNER_MESSAGES.batchNotFound);
    if (!partner.verified) throw conflict("partner_not_verified", PARTNER_MESSAGES.notVerified);
    if (!(await claimGapBatch(tx, { batchId: batch.id, partnerId: partner.id, at: now }))) throw conflict("batch_claimed", PARTNER_MESSAGES.batchClaimed);
    const type = PARTNERSHIP_TYPE_FOR_GAP[(GAP_CODES as readonly string[]).includes(batch.gapCode) ? (batch.gapCode as GapCode) : "BUSINESS_NOT_VERIFIED"];
    const memberIds = (await listGapBatchMembers(tx, [batch.id])).map((m) => m.businessId);
    const already = new Set(await listOpenPartnershipBusinesses(tx, { partnerId: partner.id, type, businessIds: memberIds }));
    const proposed = await insertPartnerships(
      tx,
      memberIds.filter((id) => !already.has(id)).map((businessId) => ({ partnerId: partner.id, businessId, type, evidence: null, startsOn: witaDate(now), endsOn: null, at: now })),
    );
    await appendAuditEvent(tx, { actor: actorOf(viewer), action: "gap_batch.claimed", entity: "gap_batch", entityId: batch.id, data: { partnerId: partner.id, type, proposed: proposed.length } });
    for (const p of proposed) {
      await appendAuditEvent(tx, { actor: actorOf(viewer), action: "partnership.proposed", entity: "partnership", entityId: p.id, data: { partnerId: partner.id, businessId: p.businessId, type, gapBatchId: batch.id } });
    }
    return { id: batch.id, claimedByPartnerId: partner.id, claimedAt: now, proposedPartnerships: proposed.length };
  });
