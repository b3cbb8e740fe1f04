import { db } from "@/db/client";
import { updatePurchaseRequest } from "@/db/queries/purchase-requests";
import type { Viewer } from "@/lib/domain/auth/roles";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { lockRequestForDecision } from "./lock-request-for-decision";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { orNotFound } from "@/lib/services/or-not-found";
import type { PurchaseRequestDecision } from "@/lib/validation/views/procurement-results";
import { tellRequest } from "@/lib/services/notifications/tell";

/** Reject (final) or return (to the buyer for revision): a PPK decision that reserves nothing. */
export const closeRequestWithoutOrders = async (
  viewer: Viewer | null,
  requestId: string,
  decision: { status: "rejected" | "returned"; note: string; auditData: Record<string, string> },
  now: Date,
): Promise<PurchaseRequestDecision> =>
  db.transaction(async (tx) => {
    const { request, approver } = await lockRequestForDecision(tx, viewer, requestId);
    orNotFound(await updatePurchaseRequest(tx, { id: request.id, opdId: request.opdId }, { status: decision.status, decidedAt: now, decidedBy: approver.userId, decisionNote: decision.note }));
    await appendAuditEvent(tx, {
      actor: actorOf(approver),
      action: `purchase_request.${decision.status}`,
      entity: "purchase_request",
      entityId: request.id,
      data: { number: request.number, ...decision.auditData },
      at: now,
    });
    await tellRequest(tx, `request.${decision.status}`, request.id, { at: now, actorId: approver.userId, params: { reason: decision.note } });
    return { id: request.id, status: decision.status };
  });
