import { apiRoute } from "@/lib/api/handler";
import { witaYear } from "@/lib/domain/time/wita";
import { getDemandCalendar } from "@/lib/services/catalog/get-demand-calendar";
import { demandCalendarQuerySchema } from "@/lib/validation/demand";
import { parseQuery } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/demand/calendar?year=YYYY — public Kebutuhan rutin: expected monthly volume per category (lib/api/openapi/demand.ts). */
export const GET = apiRoute(async ({ request }) => {
  const query = parseQuery(demandCalendarQuerySchema, request);
  return Response.json(await getDemandCalendar({ year: query.year ?? witaYear(new Date()) }));
});
