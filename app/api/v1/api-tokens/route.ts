import { apiRoute, requestLocale } from "@/lib/api/handler";
import { requireSessionAuth } from "@/lib/api/require-session";
import { AppError } from "@/lib/errors";
import { createApiToken, listApiTokens } from "@/lib/services/api-tokens";
import { createApiTokenSchema } from "@/lib/validation/api-tokens";
import { parseJsonBody } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/api-tokens — the signed-in person's tokens (never the secrets). */
export const GET = apiRoute(async ({ request, viewer }) => {
  requireSessionAuth(request);
  return Response.json({ tokens: await listApiTokens(viewer) });
});

/** POST /api/v1/api-tokens `{ name, expiresInDays? }` → 201 with the token, shown this once. */
export const POST = apiRoute(async ({ request, viewer }) => {
  requireSessionAuth(request);
  if (!viewer) throw new AppError("unauthenticated");
  const input = await parseJsonBody(createApiTokenSchema, request, requestLocale(request));
  return Response.json(await createApiToken(viewer, input), { status: 201 });
});
