import { apiRoute } from "@/lib/api/handler";
import { requireSessionAuth } from "@/lib/api/require-session";
import { AppError } from "@/lib/errors";
import { revokeApiToken } from "@/lib/services/api-tokens";
import { apiTokenIdSchema } from "@/lib/validation/api-tokens";

export const dynamic = "force-dynamic";

/** DELETE /api/v1/api-tokens/{id} — revokes one of the person's own tokens → 204. */
export const DELETE = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  requireSessionAuth(request);
  const id = apiTokenIdSchema.safeParse(params.id);
  if (!id.success) throw new AppError("not_found");
  await revokeApiToken(viewer, id.data);
  return new Response(null, { status: 204 });
});
