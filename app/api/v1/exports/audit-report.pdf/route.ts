import { getTranslations } from "next-intl/server";
import { apiRoute } from "@/lib/api/handler";
import { renderOpdAuditReportPdf } from "@/lib/export/audit-report-pdf";
import { getOpdAuditReport } from "@/lib/services/reports/get-opd-audit-report";
import { auditReportQuerySchema, parseQuery } from "@/lib/validation/procurement";
import { exportLocale } from "../_lib/locale";
import { pdfResponse } from "../_lib/response";

export const dynamic = "force-dynamic";

/** GET /api/v1/exports/audit-report.pdf?fiscalYear=&opdId= — one OPD's audit report for the year, generated on the server. */
export const GET = apiRoute(async ({ request, viewer }) => {
  const query = parseQuery(auditReportQuerySchema, request);
  const locale = exportLocale(request);
  const [report, t] = await Promise.all([getOpdAuditReport(viewer, { ...query, locale }), getTranslations({ locale, namespace: "charts.report" })]);
  return pdfResponse(await renderOpdAuditReportPdf(report, locale, t), `laporan-audit-${query.fiscalYear}-${query.opdId.slice(0, 8)}.pdf`);
});
