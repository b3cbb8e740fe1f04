import { apiRoute, requestLocale } from "@/lib/api/handler";
import { rateOrder } from "@/lib/services/procurement/rate-order";
import { parseJsonBody, parsePathId, rateOrderSchema } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/orders/{id}/rate — the buying OPD rates the seller { stars, comment? } once, after receipt. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const input = await parseJsonBody(rateOrderSchema, request, requestLocale(request));
  return Response.json(await rateOrder(viewer, parsePathId(params.id), input), { status: 201 });
});
