import { apiRoute } from "@/lib/api/handler";
import { complianceSummary } from "@/lib/services/procurement/compliance-summary";
import { complianceSummaryQuerySchema, parseQuery } from "@/lib/validation/procurement";
import { complianceSummaryCsv } from "../_lib/compliance-summary-csv";
import { exportLocale } from "../_lib/locale";
import { csvResponse } from "../_lib/response";

export const dynamic = "force-dynamic";

/** GET /api/v1/exports/compliance-summary.csv?fiscalYear=&opdId= — the compliance summary as CSV, a totals line last. */
export const GET = apiRoute(async ({ request, viewer }) => {
  const query = parseQuery(complianceSummaryQuerySchema, request);
  const summary = await complianceSummary(viewer, query);
  return csvResponse(complianceSummaryCsv(summary, exportLocale(request)), `kepatuhan-umk-${query.fiscalYear}.csv`);
});
