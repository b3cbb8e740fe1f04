import { apiRoute } from "@/lib/api/handler";
import { loadEventsExport } from "../_lib/load-exports";
import { csvFileResponse } from "../_lib/response";

export const dynamic = "force-dynamic";

/** GET /api/v1/exports/events.csv?fiscalYear=&opdId=&status=&compliance=&from=&to= — the events list, as CSV. */
export const GET = apiRoute(async ({ request, viewer }) => csvFileResponse(await loadEventsExport(request, viewer)));
