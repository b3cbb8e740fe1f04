import { apiRoute, requestLocale } from "@/lib/api/handler";
import { listPayoutQueue, recordPayout } from "@/lib/services/payments";
import { recordPayoutSchema } from "@/lib/validation/payments";
import { parseJsonBody } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/payouts — card payments the platform still owes sellers (admin), oldest first. */
export const GET = apiRoute(async ({ viewer }) => Response.json(await listPayoutQueue(viewer)));

/** POST /api/v1/payouts — the admin records a disbursement { paymentId, method, reference, disbursedAt }. */
export const POST = apiRoute(async ({ request, viewer }) => {
  const { paymentId, ...details } = await parseJsonBody(recordPayoutSchema, request, requestLocale(request));
  return Response.json(await recordPayout(viewer, paymentId, details), { status: 201 });
});
