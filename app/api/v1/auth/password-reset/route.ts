import { clientAddressOf } from "@/lib/api/client-address";
import { apiRoute, requestLocale } from "@/lib/api/handler";
import { requestPasswordReset } from "@/lib/services/accounts/password-reset";
import { passwordResetRequestSchema } from "@/lib/validation/accounts";
import { parseJsonBody } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/auth/password-reset `{ email }` → 202 always: the answer never says whether the account exists. */
export const POST = apiRoute(async ({ request }) =>
  Response.json(await requestPasswordReset(await parseJsonBody(passwordResetRequestSchema, request, requestLocale(request)), { ip: clientAddressOf(request.headers) }), { status: 202 }),
);
