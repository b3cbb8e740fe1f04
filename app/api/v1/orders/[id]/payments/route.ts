import { apiRoute, requestLocale } from "@/lib/api/handler";
import { getOrderPayments, recordTransferPayment } from "@/lib/services/payments";
import { recordTransferPaymentSchema } from "@/lib/validation/payments";
import { parseJsonBody, parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/orders/{id}/payments — invoices, payments, payout and both clocks, for every party of the order. */
export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => Response.json(await getOrderPayments(viewer, parsePathId(params.id))));

/** POST /api/v1/orders/{id}/payments — the OPD's treasurer records an SP2D/UP transfer { method, reference, paidAt, amountIdr }. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const input = await parseJsonBody(recordTransferPaymentSchema, request, requestLocale(request));
  return Response.json(await recordTransferPayment(viewer, parsePathId(params.id), input), { status: 201 });
});
