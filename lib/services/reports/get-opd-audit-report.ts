import { db } from "@/db/client";
import { listOpdsWithRegion } from "@/db/queries/opds";
import { listTopSellers } from "@/db/queries/spending-breakdowns";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { fiscalYearRange } from "@/lib/domain/time/wita";
import { AppError, type Locale } from "@/lib/errors";
import { spendCharts, type SpendCharts } from "@/lib/services/charts/spend-charts";
import { paymentClock } from "@/lib/services/payments/payment-clock";
import { complianceSummary, listComplianceExceptions } from "@/lib/services/procurement/compliance-summary";
import type { PaymentClockView } from "@/lib/validation/views/payments";
import type { ComplianceSummaryView } from "@/lib/validation/views/procurement";

export const TOP_SELLERS = 10;

export type OpdAuditReport = {
  fiscalYear: number;
  generatedAt: Date;
  opd: { id: string; name: string };
  compliance: ComplianceSummaryView["opds"][number];
  charts: SpendCharts;
  topSellers: Awaited<ReturnType<typeof listTopSellers>>;
  exceptions: Awaited<ReturnType<typeof listComplianceExceptions>>;
  clock: { row: PaymentClockView["opds"][number] | undefined; maxDaysToPay: number; ageBuckets: PaymentClockView["ageBuckets"]; overdue: PaymentClockView["overdue"] };
};

/**
 * Everything the PDF audit report of one OPD and fiscal year (WITA) states, from the same services the screens
 * use, so the report and /audit/kepatuhan never disagree: the compliance line against the target, spend by month,
 * category and seller kabupaten, the top sellers, every exception, and the payment clock. Finance only
 * (audit_report.read: auditors and admins of the OPD's region); forbidden for an OPD outside the viewer's regions.
 */
export const getOpdAuditReport = async (
  viewer: Viewer | null,
  query: { fiscalYear: number; opdId: string; locale: Locale },
  now: Date = new Date(),
): Promise<OpdAuditReport> => {
  const [opd] = await listOpdsWithRegion(db, { opdIds: [query.opdId] });
  authorize(viewer, "audit_report.read", { opdId: query.opdId, regionId: opd?.regionId ?? "-" });
  if (!opd) throw new AppError("not_found", "errors.notFound");
  const scoped = { fiscalYear: query.fiscalYear, opdId: opd.id };
  const [summary, charts, exceptions, clock, topSellers] = await Promise.all([
    complianceSummary(viewer, scoped, now),
    spendCharts(viewer, { ...scoped, withCategories: true, locale: query.locale }, now),
    listComplianceExceptions(viewer, scoped),
    paymentClock(viewer, scoped, now),
    listTopSellers(db, { opdIds: [opd.id], ...fiscalYearRange(query.fiscalYear), limit: TOP_SELLERS }),
  ]);
  return {
    fiscalYear: query.fiscalYear,
    generatedAt: now,
    opd: { id: opd.id, name: opd.name },
    compliance: summary.opds[0]!,
    charts,
    topSellers,
    exceptions,
    clock: { row: clock.opds[0], maxDaysToPay: clock.maxDaysToPay, ageBuckets: clock.ageBuckets, overdue: clock.overdue },
  };
};
