import { apiRoute, requestLocale } from "@/lib/api/handler";
import { rejectPurchaseRequest } from "@/lib/services/procurement/reject-purchase-request";
import { parseJsonBody, parsePathId, rejectPurchaseRequestSchema } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/purchase-requests/{id}/reject — reject with { reason } (PPK of that OPD). */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const input = await parseJsonBody(rejectPurchaseRequestSchema, request, requestLocale(request));
  return Response.json(await rejectPurchaseRequest(viewer, parsePathId(params.id), input));
});
