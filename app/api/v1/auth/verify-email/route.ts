import { apiRoute, requestLocale } from "@/lib/api/handler";
import { verifyEmail } from "@/lib/services/accounts/email-verification";
import { verifyEmailSchema } from "@/lib/validation/accounts";
import { parseJsonBody } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/auth/verify-email `{ token }` → 200 once; a used or expired token is 400. */
export const POST = apiRoute(async ({ request }) =>
  Response.json(await verifyEmail((await parseJsonBody(verifyEmailSchema, request, requestLocale(request))).token)),
);
