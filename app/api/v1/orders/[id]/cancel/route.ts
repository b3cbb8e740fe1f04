import { apiRoute, requestLocale } from "@/lib/api/handler";
import { cancelOrder } from "@/lib/services/procurement/cancel-order";
import { cancelOrderSchema, parseJsonBody, parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/orders/{id}/cancel — the PPK cancels before shipping with { reason }; stock and budget are released. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const input = await parseJsonBody(cancelOrderSchema, request, requestLocale(request));
  return Response.json(await cancelOrder(viewer, parsePathId(params.id), input));
});
