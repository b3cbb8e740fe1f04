import { apiRoute, requestLocale } from "@/lib/api/handler";
import { confirmPhoneVerification } from "@/lib/services/notifications/verify-phone";
import { verifyPhoneCodeSchema } from "@/lib/validation/notifications";
import { parseJsonBody } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/me/phone/verify `{ code }` → 200 with the number verified, 400 for a wrong, used or expired code. */
export const POST = apiRoute(async ({ request, viewer }) =>
  Response.json(await confirmPhoneVerification(viewer, await parseJsonBody(verifyPhoneCodeSchema, request, requestLocale(request)))),
);
