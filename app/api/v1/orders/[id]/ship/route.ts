import { apiRoute, requestLocale } from "@/lib/api/handler";
import { shipOrder } from "@/lib/services/procurement/ship-order";
import { parseJsonBody, parsePathId, shipOrderSchema } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/orders/{id}/ship — the seller marks an accepted order shipped, { note? }. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const input = await parseJsonBody(shipOrderSchema, request, requestLocale(request));
  return Response.json(await shipOrder(viewer, parsePathId(params.id), input));
});
