import { apiRoute } from "@/lib/api/handler";
import { loadComplianceRequestsExport } from "../_lib/load-exports";
import { csvFileResponse } from "../_lib/response";

export const dynamic = "force-dynamic";

/** GET /api/v1/exports/compliance-requests.csv?fiscalYear=&opdId= — every request behind the spending, as CSV. */
export const GET = apiRoute(async ({ request, viewer }) => csvFileResponse(await loadComplianceRequestsExport(request, viewer)));
