import { apiRoute, requestLocale } from "@/lib/api/handler";
import { closeRemaining } from "@/lib/services/payments";
import { closeRemainingSchema } from "@/lib/validation/payments";
import { parseJsonBody, parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/orders/{id}/close-remaining — buyer or PPK cancels what a partial BAST left undelivered { reason }. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const input = await parseJsonBody(closeRemainingSchema, request, requestLocale(request));
  return Response.json(await closeRemaining(viewer, parsePathId(params.id), input));
});
