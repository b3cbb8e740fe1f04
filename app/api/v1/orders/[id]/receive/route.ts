import { apiRoute, requestLocale } from "@/lib/api/handler";
import { receiveOrder } from "@/lib/services/procurement/receive-order";
import { parseJsonBody, parsePathId, receiveOrderSchema } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/orders/{id}/receive — the buyer signs a BAST for { lines?: [{ orderLineId, quantity }] } (none = everything outstanding). */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const input = await parseJsonBody(receiveOrderSchema, request, requestLocale(request));
  return Response.json(await receiveOrder(viewer, parsePathId(params.id), input), { status: 201 });
});
