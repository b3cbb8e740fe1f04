import { apiRoute, requestLocale } from "@/lib/api/handler";
import { getEvent, updateEvent } from "@/lib/services/events";
import { updateEventSchema } from "@/lib/validation/events";
import { parseJsonBody, parsePathId } from "@/lib/validation/procurement";
import { localizeDetail } from "../_lib/localize";

export const dynamic = "force-dynamic";

/** GET /api/v1/events/{id} — the event with items, evidence links, compliance, frozen report and amendments. */
export const GET = apiRoute<{ id: string }>(async ({ request, viewer, params }) =>
  Response.json(localizeDetail(await getEvent(viewer, parsePathId(params.id)), requestLocale(request))),
);

/** PATCH /api/v1/events/{id} — edit an open event's details (organizing OPD's buyer). */
export const PATCH = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const locale = requestLocale(request);
  const id = parsePathId(params.id);
  const input = await parseJsonBody(updateEventSchema, request, locale);
  return Response.json(localizeDetail(await updateEvent(viewer, id, input), locale));
});
