import { apiRoute } from "@/lib/api/handler";
import { readAllNotifications } from "@/lib/services/notifications/inbox";

export const dynamic = "force-dynamic";

/** POST /api/v1/notifications/read-all — marks every unread notification of the caller read. */
export const POST = apiRoute(async ({ viewer }) => Response.json(await readAllNotifications(viewer)));
