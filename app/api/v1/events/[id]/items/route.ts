import { apiRoute, requestLocale } from "@/lib/api/handler";
import { addEventItem } from "@/lib/services/events";
import { eventItemSchema } from "@/lib/validation/events";
import { parseJsonBody, parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/events/{id}/items — record an item on an open event; 201; closed → 409 `event_closed`. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const id = parsePathId(params.id);
  const input = await parseJsonBody(eventItemSchema, request, requestLocale(request));
  return Response.json(await addEventItem(viewer, id, input), { status: 201 });
});
