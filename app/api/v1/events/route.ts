import { apiRoute, requestLocale } from "@/lib/api/handler";
import { createEvent, listEvents } from "@/lib/services/events";
import { createEventSchema, listEventsQuerySchema } from "@/lib/validation/events";
import { parseJsonBody, parseQuery } from "@/lib/validation/procurement";
import { localizeDetail, localizeSummary } from "./_lib/localize";

export const dynamic = "force-dynamic";

/** POST /api/v1/events — the organizing OPD's buyer records an event; 201 with the event. */
export const POST = apiRoute(async ({ request, viewer }) => {
  const locale = requestLocale(request);
  const input = await parseJsonBody(createEventSchema, request, locale);
  return Response.json(localizeDetail(await createEvent(viewer, input), locale), { status: 201 });
});

/** GET /api/v1/events?fiscalYear=&opdId=&status=&compliance=&from=&to= — events the caller may read. */
export const GET = apiRoute(async ({ request, viewer }) => {
  const locale = requestLocale(request);
  const events = await listEvents(viewer, parseQuery(listEventsQuerySchema, request));
  return Response.json({ events: events.map((e) => localizeSummary(e, locale)) });
});
