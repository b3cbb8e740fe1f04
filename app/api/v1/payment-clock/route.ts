import { apiRoute } from "@/lib/api/handler";
import { paymentClock } from "@/lib/services/payments";
import { paymentClockQuerySchema } from "@/lib/validation/payments";
import { parseQuery } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/payment-clock?fiscalYear=&opdId=&public=1 — days BAST → paid per OPD; `public=1` needs no sign-in and has no orders. */
export const GET = apiRoute(async ({ request, viewer }) => {
  const query = parseQuery(paymentClockQuerySchema, request);
  return Response.json(await paymentClock(query.public ? null : viewer, { fiscalYear: query.fiscalYear, opdId: query.opdId, publicView: query.public }));
});
