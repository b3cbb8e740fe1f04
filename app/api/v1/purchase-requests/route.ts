import { apiRoute, requestLocale } from "@/lib/api/handler";
import { listApproverInbox } from "@/lib/services/procurement/list-approver-inbox";
import { listMyPurchaseRequests } from "@/lib/services/procurement/list-my-purchase-requests";
import { submitPurchaseRequest } from "@/lib/services/procurement/submit-purchase-request";
import { listPurchaseRequestsQuerySchema, parseJsonBody, parseQuery, submitPurchaseRequestSchema } from "@/lib/validation/procurement";
import { opdsWhere } from "@/lib/auth/scopes";

export const dynamic = "force-dynamic";

/** POST /api/v1/purchase-requests — submit (or save as draft) a cart; 201 with the compliance decision, 422 when blocked. */
export const POST = apiRoute(async ({ request, viewer }) => {
  const input = await parseJsonBody(submitPurchaseRequestSchema, request, requestLocale(request));
  return Response.json(await submitPurchaseRequest(viewer, input), { status: 201 });
});

/** GET /api/v1/purchase-requests?scope=inbox|mine — the PPK's inbox (overdue flags) or the buyer's own requests. */
export const GET = apiRoute(async ({ request, viewer }) => {
  const { scope } = parseQuery(listPurchaseRequestsQuerySchema, request);
  const inbox = scope === "inbox" || (scope === undefined && viewer !== null && opdsWhere(viewer, "purchase_request.approve").length > 0);
  return Response.json(inbox ? await listApproverInbox(viewer) : await listMyPurchaseRequests(viewer));
});
