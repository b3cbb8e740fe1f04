import { apiRoute } from "@/lib/api/handler";
import { listEvents } from "@/lib/services/events";
import { listEventsQuerySchema } from "@/lib/validation/events";
import { parseQuery } from "@/lib/validation/procurement";
import { eventsCsv } from "../_lib/events-csv";
import { exportLocale } from "../_lib/locale";
import { csvResponse } from "../_lib/response";

export const dynamic = "force-dynamic";

/** GET /api/v1/exports/events.csv?fiscalYear=&opdId=&status=&compliance=&from=&to= — the events list as CSV. */
export const GET = apiRoute(async ({ request, viewer }) => {
  const query = parseQuery(listEventsQuerySchema, request);
  const events = await listEvents(viewer, query);
  const name = ["kegiatan", query.fiscalYear, query.opdId?.slice(0, 8), query.from, query.to].filter(Boolean).join("-");
  return csvResponse(eventsCsv(events, exportLocale(request)), `${name}.csv`);
});
