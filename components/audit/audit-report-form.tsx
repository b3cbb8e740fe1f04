import { getTranslations } from "next-intl/server";
import type { ComplianceSummaryView } from "@/lib/validation/views/procurement";

/**
 * Picks an OPD and downloads its PDF audit report for the year: a plain GET form to the export route, so it works
 * without JavaScript and the browser saves the attachment while the page stays put.
 */
export async function AuditReportForm({ summary, locale }: { summary: ComplianceSummaryView; locale: string }) {
  const t = await getTranslations("charts");
  if (summary.opds.length === 0) return null;
  return (
    <form method="get" action="/api/v1/exports/audit-report.pdf" data-testid="audit-report-form" className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="fiscalYear" value={summary.fiscalYear} />
      <input type="hidden" name="lang" value={locale === "en" ? "en" : "id"} />
      <div className="w-full min-w-0 space-y-1 sm:w-auto">
        <label htmlFor="audit-report-opd" className="block text-sm font-semibold text-slate-800">{t("reportTitle")}: {t("reportOpd")}</label>
        <select id="audit-report-opd" name="opdId" className="block min-h-11 w-full max-w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base">
          {summary.opds.map((o) => <option key={o.opdId} value={o.opdId}>{o.name}</option>)}
        </select>
      </div>
      <button type="submit" data-testid="audit-report-submit" className="min-h-11 rounded-md bg-emerald-800 px-4 font-semibold text-white hover:bg-emerald-900">
        {t("reportSubmit")} <span className="sr-only">{summary.fiscalYear}</span>
      </button>
    </form>
  );
}
