import { apiRoute } from "@/lib/api/handler";
import { loadComplianceSummaryExport } from "../_lib/load-exports";
import { csvFileResponse } from "../_lib/response";

export const dynamic = "force-dynamic";

/** GET /api/v1/exports/compliance-summary.csv?fiscalYear=&opdId= — the compliance summary, a totals line last, as CSV. */
export const GET = apiRoute(async ({ request, viewer }) => csvFileResponse(await loadComplianceSummaryExport(request, viewer)));
