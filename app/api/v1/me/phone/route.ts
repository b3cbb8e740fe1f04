import { apiRoute, requestLocale } from "@/lib/api/handler";
import { requestPhoneVerification } from "@/lib/services/notifications/verify-phone";
import { requestPhoneCodeSchema } from "@/lib/validation/notifications";
import { parseJsonBody } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/me/phone `{ phone }` → 202: a 6-digit code is on its way by WhatsApp (a new number clears the old one's verification). */
export const POST = apiRoute(async ({ request, viewer }) =>
  Response.json(await requestPhoneVerification(viewer, await parseJsonBody(requestPhoneCodeSchema, request, requestLocale(request))), { status: 202 }),
);
