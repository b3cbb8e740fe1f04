import { db } from "@/db/client";
import { findPurchaseRequest, updatePurchaseRequest } from "@/db/queries/procurement";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { ReturnPurchaseRequestInput } from "@/lib/validation/procurement";
import { actorOf, conflict, loadOpdOrThrow, MESSAGES, notFound } from "./shared";

/** The PPK sends a submitted request back to its buyer with a note; the buyer revises and resubmits it. */
export const returnPurchaseRequest = async (viewer: Viewer | null, requestId: string, input: ReturnPurchaseRequestInput, now: Date = new Date()) =>
  db.transaction(async (tx) => {
    const request = await findPurchaseRequest(tx, requestId, { forUpdate: true });
    if (!request) {
      authorize(viewer, "purchase_request.approve", { opdId: "-" });
      throw notFound();
    }
    const opd = await loadOpdOrThrow(tx, request.opdId);
    authorize(viewer, "purchase_request.approve", { opdId: opd.id, regionId: opd.regionId, ownerId: request.buyerId });
    if (request.status !== "submitted") throw conflict("not_submitted", MESSAGES.notSubmitted, { status: request.status });
    await updatePurchaseRequest(tx, request.id, { status: "returned", decidedAt: now, decidedBy: viewer.userId, decisionNote: input.note });
    await appendAuditEvent(tx, {
      actor: actorOf(viewer),
      action: "purchase_request.returned",
      entity: "purchase_request",
      entityId: request.id,
      data: { number: request.number, note: input.note },
      at: now,
    });
    return { id: request.id, status: "returned" as const };
  });
