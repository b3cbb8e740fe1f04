import { apiRoute } from "@/lib/api/handler";
import { payoutClock } from "@/lib/services/payments";
import { payoutClockQuerySchema } from "@/lib/validation/payments";
import { parseQuery } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/payouts/clock?fiscalYear=&public=1 — days card paid → disbursed (the platform's clock); `public=1` needs no sign-in. */
export const GET = apiRoute(async ({ request, viewer }) => {
  const query = parseQuery(payoutClockQuerySchema, request);
  return Response.json(await payoutClock(query.public ? null : viewer, { fiscalYear: query.fiscalYear, publicView: query.public }));
});
