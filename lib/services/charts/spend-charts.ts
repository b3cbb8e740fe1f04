import { db } from "@/db/client";
import { sumSpendByCategory, sumSpendByMonthAndSellerRegion } from "@/db/queries/spending-breakdowns";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { monthlyTrend, monthsSoFar, type MonthPoint } from "@/lib/domain/charts/monthly-trend";
import type { LabelledSpend } from "@/lib/domain/charts/ranked-spend";
import { fiscalYearRange, witaDate, witaYear } from "@/lib/domain/time/wita";
import { readableOpds } from "@/lib/services/procurement/compliance-summary";

export type SpendCharts = {
  fiscalYear: number;
  /** The fiscal year's months up to the current one (all twelve for a past year), zero months included. */
  months: MonthPoint[];
  bySellerRegion: LabelledSpend[];
  /** Only when asked for: it reads every order line of the year, the others read the orders' stored sums. */
  byCategory: LabelledSpend[] | null;
};

/**
 * The spending behind the compliance summary broken down for the charts: per WITA month (UMK and local parts),
 * per seller kabupaten/kota and optionally per product category. Same OPDs and permission as the summary
 * (compliance.read: region-wide for auditors and admins, own OPD for a PPK), same orders (approved and later).
 */
export const spendCharts = async (
  viewer: Viewer | null,
  query: { fiscalYear: number; opdId?: string; withCategories?: boolean; locale: "id" | "en" },
  now: Date = new Date(),
): Promise<SpendCharts> => {
  if (!viewer) authorize(viewer, "compliance.read");
  const opds = await readableOpds(viewer, query.opdId);
  const scope = { opdIds: opds.map((o) => o.id), ...fiscalYearRange(query.fiscalYear) };
  const [{ months, bySellerRegion }, byCategory] = await Promise.all([
    sumSpendByMonthAndSellerRegion(db, scope),
    query.withCategories ? sumSpendByCategory(db, { ...scope, locale: query.locale }) : Promise.resolve(null),
  ]);
  const today = { year: witaYear(now), month: Number(witaDate(now).slice(5, 7)) };
  return { fiscalYear: query.fiscalYear, months: monthsSoFar(monthlyTrend(months), query.fiscalYear, today), bySellerRegion, byCategory };
};
