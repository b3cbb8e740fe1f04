import { apiRoute, requestLocale } from "@/lib/api/handler";
import { getNotificationPreferences, saveNotificationPreferences } from "@/lib/services/notifications/preferences";
import { savePreferencesSchema } from "@/lib/validation/notifications";
import { parseJsonBody } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/notifications/preferences — the caller's choices per category and channel. */
export const GET = apiRoute(async ({ viewer }) => Response.json(await getNotificationPreferences(viewer)));

/** PUT /api/v1/notifications/preferences — saves choices; categories not named keep theirs. */
export const PUT = apiRoute(async ({ request, viewer }) =>
  Response.json(await saveNotificationPreferences(viewer, await parseJsonBody(savePreferencesSchema, request, requestLocale(request)))),
);
