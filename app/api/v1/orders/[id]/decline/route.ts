import { apiRoute, requestLocale } from "@/lib/api/handler";
import { declineOrder } from "@/lib/services/procurement/decline-order";
import { parseJsonBody, parsePathId, declineOrderSchema } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/orders/{id}/decline — the seller declines with { reason }; stock and budget are released. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const input = await parseJsonBody(declineOrderSchema, request, requestLocale(request));
  return Response.json(await declineOrder(viewer, parsePathId(params.id), input));
});
