import { apiRoute, requestLocale } from "@/lib/api/handler";
import { returnPurchaseRequest } from "@/lib/services/procurement/return-purchase-request";
import { parseJsonBody, parsePathId, returnPurchaseRequestSchema } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/purchase-requests/{id}/return — return for revision with { note } (PPK of that OPD). */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const input = await parseJsonBody(returnPurchaseRequestSchema, request, requestLocale(request));
  return Response.json(await returnPurchaseRequest(viewer, parsePathId(params.id), input));
});
