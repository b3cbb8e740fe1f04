import { apiRoute } from "@/lib/api/handler";
import { loadEventsExport } from "../_lib/load-exports";
import { xlsxResponse } from "../_lib/response";

export const dynamic = "force-dynamic";

/** GET /api/v1/exports/events.xlsx?fiscalYear=&opdId=&status=&compliance=&from=&to= — the events list, as XLSX with typed cells (same columns as the CSV). */
export const GET = apiRoute(async ({ request, viewer }) => xlsxResponse(await loadEventsExport(request, viewer)));
