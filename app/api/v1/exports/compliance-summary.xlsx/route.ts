import { apiRoute } from "@/lib/api/handler";
import { loadComplianceSummaryExport } from "../_lib/load-exports";
import { xlsxResponse } from "../_lib/response";

export const dynamic = "force-dynamic";

/** GET /api/v1/exports/compliance-summary.xlsx?fiscalYear=&opdId= — the compliance summary, a totals line last, as XLSX with typed cells (same columns as the CSV). */
export const GET = apiRoute(async ({ request, viewer }) => xlsxResponse(await loadComplianceSummaryExport(request, viewer)));
