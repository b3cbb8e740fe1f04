import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { AuditChainPanel } from "@/components/audit/audit-chain-panel";
import { RegionBudgetTable } from "@/components/audit/region-budget-table";
import { ComplianceSummaryTable, FiscalYearSelect, yearFrom, yearOptions } from "@/components/procurement/compliance-summary-table";
import { ComplianceUmkChart } from "@/components/charts/compliance-umk-chart";
import { MonthlyUmkChart } from "@/components/charts/monthly-umk-chart";
import { SpendBreakdownChart } from "@/components/charts/spend-breakdown-chart";
import { spendCharts } from "@/lib/services/charts/spend-charts";
import type { Locale } from "@/lib/errors";
import { HomeTitle } from "@/components/ui/home-title";
import { can } from "@/lib/domain/auth/can";
import { witaYear } from "@/lib/domain/time/wita";
import { checkAuditChain } from "@/lib/services/audit/check-audit-chain";
import { complianceSummary } from "@/lib/services/procurement/compliance-summary";
import { listRegionBudgets } from "@/lib/services/dashboards/list-region-budgets";
import { regionsWhere } from "@/lib/auth/scopes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditorHome"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditorHomePage({ searchParams }: { searchParams: SearchParams }) {
  const current = await requireViewer("/audit");
  const regionIds = regionsWhere(current, "audit.read");
  if (regionIds.length === 0) forbidden();

  const fiscalYear = witaYear(new Date());
  const canVerify = can(current, "audit.verify");
  // Recomputing the chain reads every audit row, so it runs only when asked for, never on each visit.
  const query = await searchParams;
  const wantsVerify = query.verify === "1";
  const complianceYear = yearFrom(query.tahun, fiscalYear);
  const locale = (await getLocale()) as Locale;
  const [t, regions, chain, summary, charts] = await Promise.all([
    getTranslations(),
    listRegionBudgets(current, { fiscalYear }),
    canVerify && wantsVerify ? checkAuditChain(current) : Promise.resolve(null),
    complianceSummary(current, { fiscalYear: complianceYear }),
    // The overview is the one page with the category breakdown (it reads the order lines; the others do not).
    spendCharts(current, { fiscalYear: complianceYear, withCategories: true, locale }),
  ]);

  return (
    <section data-testid="home-auditor" aria-labelledby="home-title" className="space-y-8">
      <HomeTitle lead={t("common.fiscalYear", { year: fiscalYear })}>{t("auditorHome.title")}</HomeTitle>
      <section aria-labelledby="compliance-title" data-testid="audit-compliance" className="space-y-3">
        <h2 id="compliance-title" className="text-xl font-semibold text-slate-900">
          {t("procurement.audit.summaryTitle", { year: complianceYear })}
        </h2>
        <FiscalYearSelect action="/audit" year={complianceYear} years={yearOptions(fiscalYear)} />
        <ComplianceUmkChart summary={summary} />
        <ComplianceSummaryTable summary={summary} headingId="compliance-title" />
        <MonthlyUmkChart months={charts.months} targetShare={summary.opds[0]?.targetShare} />
        <SpendBreakdownChart kind="category" rows={charts.byCategory ?? []} testId="category-spend-chart" />
        <SpendBreakdownChart kind="kabupaten" rows={charts.bySellerRegion} testId="kabupaten-spend-chart" />
        <p className="text-sm text-slate-600">{t("procurement.audit.explain")}</p>
      </section>
      {regions.map(({ region, opds }) =>
        region ? (
          <RegionBudgetTable key={region.id} regionId={region.id} regionName={region.name} fiscalYear={fiscalYear} opds={opds} />
        ) : null,
      )}
      <AuditChainPanel canVerify={canVerify} result={chain} />
    </section>
  );
}
