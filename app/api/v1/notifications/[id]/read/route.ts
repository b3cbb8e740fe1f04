import { apiRoute, requestLocale } from "@/lib/api/handler";
import { readNotification } from "@/lib/services/notifications/inbox";
import { parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/notifications/{id}/read — marks one of the caller's own notifications read. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) =>
  Response.json(await readNotification(viewer, parsePathId(params.id), requestLocale(request))),
);
