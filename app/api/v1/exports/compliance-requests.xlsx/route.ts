import { apiRoute } from "@/lib/api/handler";
import { loadComplianceRequestsExport } from "../_lib/load-exports";
import { xlsxResponse } from "../_lib/response";

export const dynamic = "force-dynamic";

/** GET /api/v1/exports/compliance-requests.xlsx?fiscalYear=&opdId= — every request behind the spending, as XLSX with typed cells (same columns as the CSV). */
export const GET = apiRoute(async ({ request, viewer }) => xlsxResponse(await loadComplianceRequestsExport(request, viewer)));
