import { apiRoute, requestLocale } from "@/lib/api/handler";
import { listNotifications } from "@/lib/services/notifications/inbox";
import { listNotificationsQuerySchema } from "@/lib/validation/notifications";
import { parseQuery } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/notifications?unread=true&page= — the caller's own notifications, newest first. */
export const GET = apiRoute(async ({ request, viewer }) =>
  Response.json(await listNotifications(viewer, parseQuery(listNotificationsQuerySchema, request), requestLocale(request))),
);
