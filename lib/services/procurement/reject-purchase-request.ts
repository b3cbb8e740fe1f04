import { db } from "@/db/client";
import { findPurchaseRequest, updatePurchaseRequest } from "@/db/queries/procurement";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { RejectPurchaseRequestInput } from "@/lib/validation/procurement";
import { actorOf, conflict, loadOpdOrThrow, MESSAGES, notFound } from "./shared";

/** The PPK refuses a submitted request of their own OPD with a reason; final (no orders, nothing reserved). */
export const rejectPurchaseRequest = async (viewer: Viewer | null, requestId: string, input: RejectPurchaseRequestInput, now: Date = new Date()) =>
  db.transaction(async (tx) => {
    const request = await findPurchaseRequest(tx, requestId, { forUpdate: true });
    if (!request) {
      authorize(viewer, "purchase_request.approve", { opdId: "-" });
      throw notFound();
    }
    const opd = await loadOpdOrThrow(tx, request.opdId);
    authorize(viewer, "purchase_request.approve", { opdId: opd.id, regionId: opd.regionId, ownerId: request.buyerId });
    if (request.status !== "submitted") throw conflict("not_submitted", MESSAGES.notSubmitted, { status: request.status });
    await updatePurchaseRequest(tx, request.id, { status: "rejected", decidedAt: now, decidedBy: viewer.userId, decisionNote: input.reason });
    await appendAuditEvent(tx, {
      actor: actorOf(viewer),
      action: "purchase_request.rejected",
      entity: "purchase_request",
      entityId: request.id,
      data: { number: request.number, reason: input.reason },
      at: now,
    });
    return { id: request.id, status: "rejected" as const };
  });
