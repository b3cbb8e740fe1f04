import { apiRoute, requestLocale } from "@/lib/api/handler";
import { confirmPasswordReset } from "@/lib/services/accounts/password-reset";
import { passwordResetConfirmSchema } from "@/lib/validation/accounts";
import { parseJsonBody } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/auth/password-reset/confirm `{ token, password }` → 200; a used or expired token is 400. */
export const POST = apiRoute(async ({ request }) => {
  await confirmPasswordReset(await parseJsonBody(passwordResetConfirmSchema, request, requestLocale(request)));
  return Response.json({ ok: true });
});
