import type { DbOrTx } from "@/db/client";
import { listFlagReviews } from "@/db/queries/flag-reviews";
import { listHolidayDates } from "@/db/queries/holidays";
import { listLateInvoices } from "@/db/queries/invoices";
import { listOpdsOfRegions } from "@/db/queries/opds";
import { listLinesPricedAbove } from "@/db/queries/order-lines";
import { priceHistogramOfRegion } from "@/db/queries/order-price-counts";
import { listShippedWithoutReceipt, sumSpendByOpdAndSeller } from "@/db/queries/orders";
import { listApprovalTimings, listJustifiedRequests, listSplitPackageFindings } from "@/db/queries/purchase-requests";
import { listReceiptsSignedOffHours } from "@/db/queries/receipts";
import { computeRedFlags } from "@/lib/domain/flags/compute-red-flags";
import { categoryMedians, priceCandidateThresholds } from "@/lib/domain/flags/rules/price";
import { holidayDayNumbers } from "@/lib/domain/flags/working-hours";
import type { FlagKind, Named, RedFlag } from "@/lib/domain/flags/types";
import { fiscalYearRange } from "@/lib/domain/time/wita";
import { loadActivePolicy } from "@/lib/services/procurement/active-policy";

export type RegionFlags = { regionId: string; flags: RedFlag[]; opds: Map<string, Named> };

/** Which reads each kind needs: one flag (its key names the kind) is recomputed from those alone. */
const SOURCES: Record<FlagKind, ReadonlyArray<"pricing" | "splits" | "spend" | "justified" | "approvals" | "invoices" | "shipped" | "receipts">> = {
  price_above_median: ["pricing"],
  price_above_reference: ["pricing"],
  split_package: ["splits"],
  spend_concentration: ["spend"],
  repeated_exceptions: ["justified"],
  reused_justification: ["justified"],
  approval_delay: ["approvals"],
  payment_delay: ["invoices"],
  bast_unpaid: ["invoices"],
  shipped_without_bast: ["shipped"],
  outside_working_hours: ["approvals", "receipts"],
};
const none = <T>(): Promise<T[]> => Promise.resolve([]);

/**
 * Every red flag of one region's fiscal year: set-based reads (each one pass over its table, scoped to the
 * region's OPDs and the year, loosely pre-filtered with the policy's thresholds) feed the pure rules, which decide.
 * The thresholds are the policy in force at the end of the year (or now, if earlier), as the compliance summary.
 * The reads run side by side on the pool; only the price candidates wait for the medians. `only`: the reads of
 * one kind (to find one flag by its key), the other kinds come back empty.
 */
export const computeRegionFlags = async (db: DbOrTx, regionId: string, fiscalYear: number, now: Date, only?: FlagKind): Promise<RegionFlags> => {
  const wanted = new Set(only ? SOURCES[only] : Object.values(SOURCES).flat());
  const period = fiscalYearRange(fiscalYear);
  const policyAt = new Date(Math.min(now.getTime(), period.to.getTime() - 1));
  const [{ policy }, holidays, opdRows] = await Promise.all([loadActivePolicy(db, regionId, policyAt), listHolidayDates(db, regionId), listOpdsOfRegions(db, [regionId])]);
  const rules = policy.rules;
  const t = rules.redFlags;
  const scope = { regionId, ...period };
  const hours = { startHour: t.workdayStartHour, endHour: t.workdayEndHour, holidays };
  const pricing = wanted.has("pricing")
    ? priceHistogramOfRegion(db, { regionId, fiscalYear }).then(async (priceHistogram) => ({
        priceHistogram,
        pricedLines: await listLinesPricedAbove(db, { ...scope, thresholds: priceCandidateThresholds(categoryMedians(priceHistogram), t) }),
      }))
    : Promise.resolve({ priceHistogram: [], pricedLines: [] });
  const [{ priceHistogram, pricedLines }, splitFindings, sellerSpend, justifiedRequests, approvals, invoices, shippedOrders, receipts] = await Promise.all([
    pricing,
    wanted.has("splits") ? listSplitPackageFindings(db, scope) : none<never>(),
    wanted.has("spend") ? sumSpendByOpdAndSeller(db, scope) : none<never>(),
    wanted.has("justified") ? listJustifiedRequests(db, scope) : none<never>(),
    wanted.has("approvals") ? listApprovalTimings(db, { ...scope, ...hours, now, maxDays: t.approvalMaxWorkingDays }) : none<never>(),
    wanted.has("invoices") ? listLateInvoices(db, { ...scope, now, maxDays: rules.paymentClock.maxDaysToPay }) : none<never>(),
    wanted.has("shipped") ? listShippedWithoutReceipt(db, { ...scope, now, minDays: t.shippedWithoutBastDays }) : none<never>(),
    wanted.has("receipts") ? listReceiptsSignedOffHours(db, { ...scope, ...hours }) : none<never>(),
  ]);
  const opds = new Map(opdRows.map((o) => [o.id, { id: o.id, name: o.name }]));
  const flags = computeRedFlags(
    { priceHistogram, pricedLines, splitFindings, sellerSpend, justifiedRequests, approvals, invoices, shippedOrders, receipts },
    rules,
    opds,
    { fiscalYear, now, holidays: holidayDayNumbers(holidays) },
  );
  return { regionId, flags, opds };
};

/** The stored reviews of the regions, by region and flag key. */
export const loadReviews = async (db: DbOrTx, regionIds: readonly string[]) => {
  const rows = await listFlagReviews(db, { regionIds });
  return new Map(rows.map((r) => [`${r.regionId}|${r.flagKey}`, r]));
};
