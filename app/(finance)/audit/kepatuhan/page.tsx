import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { ComplianceSummaryTable, FiscalYearSelect, yearFrom, yearOptions } from "@/components/procurement/compliance-summary-table";
import { HomeTitle } from "@/components/ui/home-title";
import { AppError } from "@/lib/errors";
import { witaYear } from "@/lib/domain/time/wita";
import { complianceSummary } from "@/lib/services/procurement/compliance-summary";
import { exportHref } from "@/components/audit/export-href";
import { ComplianceUmkChart } from "@/components/charts/compliance-umk-chart";
import { EventShareChart } from "@/components/charts/event-share-chart";
import { MonthlyUmkChart } from "@/components/charts/monthly-umk-chart";
import { SpendBreakdownChart } from "@/components/charts/spend-breakdown-chart";
import { spendCharts } from "@/lib/services/charts/spend-charts";
import type { Locale } from "@/lib/errors";
import { AuditReportForm } from "@/components/audit/audit-report-form";
import { regionsWhere } from "@/lib/auth/scopes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("procurement.audit"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Compliance per OPD: region-wide for auditors and admins, their own OPD for a PPK (the service decides). */
export default async function CompliancePage({ searchParams }: { searchParams: SearchParams }) {
  const current = await requireViewer("/audit/kepatuhan");
  const thisYear = witaYear(new Date());
  const year = yearFrom((await searchParams).tahun, thisYear);
  const locale = (await getLocale()) as Locale;
  // The summary and the chart breakdowns read in parallel; both check the same permission.
  const [summary, charts] = await Promise.all([
    complianceSummary(current, { fiscalYear: year }),
    spendCharts(current, { fiscalYear: year, locale }),
  ]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "forbidden") forbidden();
    throw error;
  });
  const [t, tc] = await Promise.all([getTranslations("procurement.audit"), getTranslations("charts")]);
  return (
    <section data-testid="compliance-page" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      <FiscalYearSelect action="/audit/kepatuhan" year={year} years={yearOptions(thisYear)} />
      <h2 id="summary-title" className="text-lg font-semibold text-slate-900">{t("summaryTitle", { year })}</h2>
      <ComplianceUmkChart summary={summary} />
      <ComplianceSummaryTable summary={summary} headingId="summary-title" />
      <section aria-labelledby="charts-title" data-testid="compliance-charts" className="space-y-4">
        <h2 id="charts-title" className="text-lg font-semibold text-slate-900">{tc("chartsTitle")}</h2>
        <MonthlyUmkChart months={charts.months} targetShare={summary.opds[0]?.targetShare} />
        <SpendBreakdownChart kind="kabupaten" rows={charts.bySellerRegion} testId="kabupaten-spend-chart" />
        <EventShareChart summary={summary} />
      </section>
      {/* Plain links: the API answers with an attachment, so the page stays put. */}
      <p className="flex flex-wrap gap-3" data-testid="compliance-downloads">
        <a href={exportHref("compliance-summary.csv", { fiscalYear: year }, locale)} data-testid="download-summary-csv" className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-emerald-800 underline underline-offset-4 hover:bg-slate-50">{t("downloadSummaryCsv", { year })}</a>
        <a href={exportHref("compliance-requests.csv", { fiscalYear: year }, locale)} data-testid="download-requests-csv" className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-emerald-800 underline underline-offset-4 hover:bg-slate-50">{t("downloadRequestsCsv", { year })}</a>
        <a href={exportHref("compliance-summary.xlsx", { fiscalYear: year }, locale)} data-testid="download-summary-xlsx" className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-emerald-800 underline underline-offset-4 hover:bg-slate-50">{tc("xlsxSummary", { year })}</a>
        <a href={exportHref("compliance-requests.xlsx", { fiscalYear: year }, locale)} data-testid="download-requests-xlsx" className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-emerald-800 underline underline-offset-4 hover:bg-slate-50">{tc("xlsxRequests", { year })}</a>
      </p>
      <p className="text-sm text-slate-600">{t("downloadHint")} {tc("xlsxHint")}</p>
      {/* Finance's PDF report per OPD (a PPK reading this page for their own OPD has no such report). */}
      {regionsWhere(current, "audit_report.read").length > 0 ? <AuditReportForm summary={summary} locale={locale} /> : null}
      <p className="text-sm text-slate-600">{t("explain")}</p>
    </section>
  );
}
