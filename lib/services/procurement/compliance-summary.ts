import { db } from "@/db/client";
import { listOpdsOfRegions } from "@/db/queries/opds";
import { countExceptionsByOpd, listSpendingRequests, sumSpendByOpd } from "@/db/queries/spending";
import { authorize } from "@/lib/auth/authorize";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { summaryRow, ZERO_SPEND, type ComplianceSummaryRow } from "@/lib/domain/procurement/shares";
import { listLiveItemsOfOpdEvents } from "@/db/queries/event-items";
import { countEventsOfOpds } from "@/db/queries/events";
import { eventShareByOpd, NO_EVENTS, type OpdEventShare } from "@/lib/domain/events/event-share";
import { overduePaymentsByOpd } from "@/lib/services/payments/payment-clock";
import { fiscalYearRange } from "@/lib/domain/time/wita";
import { loadActivePolicy } from "@/lib/services/procurement/active-policy";
import type { ComplianceSummaryView } from "@/lib/validation/views/procurement";

/** The OPDs whose figures the viewer may read: region-wide for auditors/admins, own OPD for approvers. */
export const readableOpds = async (viewer: Viewer, opdId?: string) => {
  const regionIds = [...new Set(viewer.memberships.map((m) => m.regionId))];
  const opds = await listOpdsOfRegions(db, regionIds);
  if (opdId !== undefined) {
    const opd = opds.find((o) => o.id === opdId);
    authorize(viewer, "compliance.read", { opdId, regionId: opd?.regionId ?? "-" });
    return opd ? [opd] : [];
  }
  const readable = opds.filter((o) => can(viewer, "compliance.read", { opdId: o.id, regionId: o.regionId }));
  if (readable.length === 0) authorize(viewer, "compliance.read", { opdId: "-", regionId: "-" });
  return readable;
};

/**
 * Per-OPD UMK and local shares for a fiscal year (WITA), recomputed from order-line snapshots of orders
 * that are placed or later (approved requests; declined and cancelled orders do not count). Every readable
 * OPD appears, also with zero spend; exceptions count the requests with a justification behind those
 * orders; targetShare is the region's policy in force at the end of the year (or now, if earlier). The event
 * columns sum the live items of the OPD's events of that fiscal year (voided items left out).
 */
export const complianceSummary = async (
  viewer: Viewer | null,
  query: { fiscalYear: number; opdId?: string },
  now: Date = new Date(),
): Promise<ComplianceSummaryView> => {
  if (!viewer) authorize(viewer, "compliance.read");
  const opds = await readableOpds(viewer, query.opdId);
  const { from, to } = fiscalYearRange(query.fiscalYear);
  const scope = { opdIds: opds.map((o) => o.id), from, to };
  // Two independent reads on two connections: the sums scan the lines, the exception count only orders.
  const eventScope = { opdIds: scope.opdIds, fiscalYear: query.fiscalYear };
  const [spend, exceptions, eventItems, eventCounts, overdue] = await Promise.all([
    sumSpendByOpd(db, scope), countExceptionsByOpd(db, scope), listLiveItemsOfOpdEvents(db, eventScope), countEventsOfOpds(db, eventScope),
    overduePaymentsByOpd(db, { fiscalYear: query.fiscalYear, now, opdIds: scope.opdIds }),
  ]);
  const events = eventShareByOpd(eventItems, eventCounts);
  const policyAt = new Date(Math.min(now.getTime(), to.getTime() - 1));
  const targets = new Map<string, number>();
  for (const regionId of new Set(opds.map((o) => o.regionId))) {
    targets.set(regionId, (await loadActivePolicy(db, regionId, policyAt)).policy.rules.umkShareTarget.targetShare);
  }
  return {
    fiscalYear: query.fiscalYear,
    opds: opds.map((o) => {
      const s = spend.get(o.id);
      return { ...summaryRow({ opdId: o.id, name: o.name }, s ?? ZERO_SPEND, exceptions.get(o.id) ?? 0, targets.get(o.regionId) ?? 0), ...(events.get(o.id) ?? NO_EVENTS), overduePayments: overdue.get(o.id) ?? 0 };
    }),
  };
};

/** The auditor's drill-down: every request behind the OPD's spending in the year, with its UMK and local parts. */
export const listComplianceRequests = async (viewer: Viewer | null, query: { fiscalYear: number; opdId?: string }) => {
  if (!viewer) authorize(viewer, "compliance.read");
  const opds = await readableOpds(viewer, query.opdId);
  return listSpendingRequests(db, { opdIds: opds.map((o) => o.id), ...fiscalYearRange(query.fiscalYear) });
};

/** The requests behind an OPD's exceptions in the year (those bought with a justification). */
export const listComplianceExceptions = async (viewer: Viewer | null, query: { fiscalYear: number; opdId?: string }) =>
  (await listComplianceRequests(viewer, query)).filter((r) => r.justificationCode !== null);

