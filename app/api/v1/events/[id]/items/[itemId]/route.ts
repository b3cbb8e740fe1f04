import { apiRoute } from "@/lib/api/handler";
import { removeEventItem } from "@/lib/services/events";
import { parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** DELETE /api/v1/events/{id}/items/{itemId} — open events only (409 `event_closed`); 204. */
export const DELETE = apiRoute<{ id: string; itemId: string }>(async ({ viewer, params }) => {
  await removeEventItem(viewer, parsePathId(params.id), parsePathId(params.itemId));
  return new Response(null, { status: 204 });
});
