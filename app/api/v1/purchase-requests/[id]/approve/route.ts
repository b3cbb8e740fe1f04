import { apiRoute, requestLocale } from "@/lib/api/handler";
import { approvePurchaseRequest } from "@/lib/services/procurement/approve-purchase-request";
import { parseJsonBody, parsePathId, approvePurchaseRequestSchema } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/purchase-requests/{id}/approve — approve (PPK of that OPD, not the buyer): reserves stock, commits budget, creates one order per seller. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const input = await parseJsonBody(approvePurchaseRequestSchema, request, requestLocale(request));
  return Response.json(await approvePurchaseRequest(viewer, parsePathId(params.id), input));
});
