import { orNotFound } from "@/lib/services/or-not-found";
import { findOpd } from "@/db/queries/opds";
import type { DbOrTx } from "@/db/client";
import { findPurchaseRequest } from "@/db/queries/purchase-requests";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { PROCUREMENT_MESSAGES } from "@/lib/services/procurement/messages";
import { conflict, notFound } from "@/lib/errors";

/**
 * Locks a request for the PPK's decision (approve, reject, return): 404 unknown, 403 unless the viewer is an
 * approver of its OPD and not its own buyer, 409 once it is no longer submitted.
 */
export const lockRequestForDecision = async (tx: DbOrTx, viewer: Viewer | null, requestId: string) => {
  const request = await findPurchaseRequest(tx, requestId, { forUpdate: true });
  if (!request) {
    authorize(viewer, "purchase_request.approve", { opdId: "-" });
    throw notFound();
  }
  const opd = orNotFound(await findOpd(tx, request.opdId));
  authorize(viewer, "purchase_request.approve", { opdId: opd.id, regionId: opd.regionId, ownerId: request.buyerId });
  if (request.status !== "submitted") throw conflict("not_submitted", PROCUREMENT_MESSAGES.notSubmitted, { status: request.status });
  return { request, opd, approver: viewer };
};
