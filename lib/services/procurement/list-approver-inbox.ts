import { db } from "@/db/client";
import { listHolidayDates } from "@/db/queries/holidays";
import { findOpd } from "@/db/queries/opds";
import { listSubmittedRequests } from "@/db/queries/purchase-requests";
import { authorize } from "@/lib/auth/authorize";
import { can } from "@/lib/domain/auth/can";
import type { ComplianceDecision } from "@/lib/domain/compliance/types";
import type { Viewer } from "@/lib/domain/auth/roles";
import { dueDate, isOverdue } from "@/lib/domain/procurement/working-days";
import { APPROVAL_WORKING_DAYS } from "./get-purchase-request";
import { opdsWhere } from "@/lib/auth/scopes";
import type { ApproverInboxItem } from "@/lib/validation/views/procurement-results";

/**
 * Submitted requests of the approver's own OPD(s), oldest first, each flagged `overdue` once the PPK has left
 * it more than 3 working days (WITA; weekends and the region's holidays skipped). The approver's own
 * requests are listed with `canApprove: false`.
 */
export const listApproverInbox = async (viewer: Viewer | null, now: Date = new Date()): Promise<ApproverInboxItem[]> => {
  const opdIds = viewer ? opdsWhere(viewer, "purchase_request.approve") : [];
  authorize(viewer, "purchase_request.approve", { opdId: opdIds[0] ?? "-" });
  const rows = await listSubmittedRequests(db, opdIds);
  const holidaysByRegion = new Map<string, string[]>();
  const regionOfOpd = new Map<string, string>();
  for (const opdId of opdIds) {
    const opd = await findOpd(db, opdId);
    if (!opd) continue;
    regionOfOpd.set(opdId, opd.regionId);
    if (!holidaysByRegion.has(opd.regionId)) holidaysByRegion.set(opd.regionId, await listHolidayDates(db, opd.regionId));
  }
  return rows.map((r) => {
    const holidays = holidaysByRegion.get(regionOfOpd.get(r.opdId) ?? "") ?? [];
    const decision = r.complianceDecision as unknown as ComplianceDecision | null;
    return {
      id: r.id,
      number: r.number,
      opdId: r.opdId,
      buyerId: r.buyerId,
      purpose: r.purpose,
      totalIdr: r.totalIdr,
      neededBy: r.neededBy,
      submittedAt: r.submittedAt,
      verdict: decision?.verdict ?? null,
      findingRules: decision?.findings.map((f) => f.rule) ?? [],
      hasJustification: r.justificationCode !== null,
      policyVersion: r.policyVersion,
      dueDate: r.submittedAt ? dueDate(r.submittedAt, holidays, APPROVAL_WORKING_DAYS) : null,
      overdue: r.submittedAt ? isOverdue(r.submittedAt, now, holidays, APPROVAL_WORKING_DAYS) : false,
      canApprove: can(viewer, "purchase_request.approve", { opdId: r.opdId, regionId: regionOfOpd.get(r.opdId), ownerId: r.buyerId }),
    };
  });
};
