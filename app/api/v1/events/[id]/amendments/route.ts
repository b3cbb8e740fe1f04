import { apiRoute, requestLocale } from "@/lib/api/handler";
import { amendEvent } from "@/lib/services/events";
import { amendEventSchema } from "@/lib/validation/events";
import { parseJsonBody, parsePathId } from "@/lib/validation/procurement";
import { localizeAmendment } from "../../_lib/localize";

export const dynamic = "force-dynamic";

/** POST /api/v1/events/{id}/amendments — correct a closed event with a reason; 201; open → 409 `event_open`. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const locale = requestLocale(request);
  const id = parsePathId(params.id);
  const input = await parseJsonBody(amendEventSchema, request, locale);
  return Response.json(localizeAmendment(await amendEvent(viewer, id, input), locale), { status: 201 });
});
