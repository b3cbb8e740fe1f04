import { orNotFound } from "@/lib/services/or-not-found";
import { findOpd } from "@/db/queries/opds";
import { db } from "@/db/client";
import { listHolidayDates } from "@/db/queries/holidays";
import { listOrdersOfRequest } from "@/db/queries/orders";
import { findPurchaseRequest } from "@/db/queries/purchase-requests";
import { listRequestLines } from "@/db/queries/request-lines";
import { authorize } from "@/lib/auth/authorize";
import type { ComplianceDecision } from "@/lib/domain/compliance/types";
import type { Viewer } from "@/lib/domain/auth/roles";
import { purchaseRequestActions } from "@/lib/domain/procurement/purchase-request-actions";
import { dueDate, isOverdue } from "@/lib/domain/procurement/working-days";
import { complianceView } from "@/lib/domain/compliance/compliance-view";
import { notFound } from "@/lib/errors";
import type { PurchaseRequestView } from "@/lib/validation/views/procurement";

export const APPROVAL_WORKING_DAYS = 3;

/**
 * A purchase request with its lines (and seller snapshots), stored compliance decision and policy version,
 * its orders and the viewer's next `actions`: for the buyer, approver and treasurer of the OPD and the region's auditor and admin.
 */
export const getPurchaseRequest = async (viewer: Viewer | null, requestId: string, now: Date = new Date()): Promise<PurchaseRequestView> => {
  const request = await findPurchaseRequest(db, requestId);
  if (!request) {
    authorize(viewer, "purchase_request.read", { opdId: "-" });
    throw notFound();
  }
  const opd = orNotFound(await findOpd(db, request.opdId));
  authorize(viewer, "purchase_request.read", { opdId: opd.id, regionId: opd.regionId, ownerId: request.buyerId });
  const [lines, orders, holidays] = await Promise.all([
    listRequestLines(db, request.id),
    listOrdersOfRequest(db, request.id),
    listHolidayDates(db, opd.regionId),
  ]);
  const decision = request.complianceDecision as unknown as ComplianceDecision | null;
  return {
    id: request.id,
    number: request.number,
    status: request.status,
    opdId: opd.id,
    opdName: opd.name,
    budgetLineId: request.budgetLineId,
    buyerId: request.buyerId,
    purpose: request.purpose,
    neededBy: request.neededBy,
    eventId: request.eventId,
    totalIdr: request.totalIdr,
    justification: request.justificationCode ? { code: request.justificationCode, text: request.justificationText ?? "" } : null,
    compliance: decision ? complianceView(decision) : null,
    policyId: request.policyId,
    policyVersion: request.policyVersion,
    submittedAt: request.submittedAt,
    decidedAt: request.decidedAt,
    decidedBy: request.decidedBy,
    decisionNote: request.decisionNote,
    overdue: request.status === "submitted" && request.submittedAt ? isOverdue(request.submittedAt, now, holidays, APPROVAL_WORKING_DAYS) : false,
    dueDate: request.status === "submitted" && request.submittedAt ? dueDate(request.submittedAt, holidays, APPROVAL_WORKING_DAYS) : null,
    lines: lines.map((l) => ({
      id: l.id,
      productId: l.productId,
      title: l.title,
      categorySlug: l.categorySlug,
      quantity: l.quantity,
      unitPriceIdr: l.unitPriceIdr,
      lineTotalIdr: l.lineTotalIdr,
      isLocal: l.isLocal,
      seller: {
        businessId: l.businessId,
        nib: l.sellerNib,
        name: l.sellerName,
        scale: l.sellerScale,
        isUmk: l.sellerIsUmk,
        kabupaten: l.sellerKabupaten,
        verifiedAt: l.sellerVerifiedAt,
      },
    })),
    orders: orders.map((o) => ({ id: o.id, number: o.number, businessId: o.businessId, status: o.status, totalIdr: o.totalIdr })),
    /** What this viewer may do next (decide, resubmit, revise); the page shows only these. */
    actions: purchaseRequestActions(viewer, { status: request.status, opdId: opd.id, regionId: opd.regionId, buyerId: request.buyerId }),
  };
};
