import { apiRoute } from "@/lib/api/handler";
import { complianceSummary, listComplianceRequests } from "@/lib/services/procurement/compliance-summary";
import { complianceSummaryQuerySchema, parseQuery } from "@/lib/validation/procurement";
import { complianceRequestsCsv } from "../_lib/compliance-requests-csv";
import { exportLocale } from "../_lib/locale";
import { csvResponse } from "../_lib/response";

export const dynamic = "force-dynamic";

/** GET /api/v1/exports/compliance-requests.csv?fiscalYear=&opdId= — every request behind the spending, as CSV. */
export const GET = apiRoute(async ({ request, viewer }) => {
  const query = parseQuery(complianceSummaryQuerySchema, request);
  // The summary names the same readable OPDs (same permission check) the requests refer to by id.
  const [summary, requests] = await Promise.all([complianceSummary(viewer, query), listComplianceRequests(viewer, query)]);
  const opdNames = new Map(summary.opds.map((o) => [o.opdId, o.name]));
  const suffix = query.opdId ? `-${query.opdId.slice(0, 8)}` : "";
  return csvResponse(complianceRequestsCsv(requests, opdNames, exportLocale(request)), `kepatuhan-permintaan-${query.fiscalYear}${suffix}.csv`);
});
