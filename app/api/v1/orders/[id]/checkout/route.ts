import { apiRoute, requestLocale } from "@/lib/api/handler";
import { startCardCheckout } from "@/lib/services/payments";
import { startCardCheckoutSchema } from "@/lib/validation/payments";
import { parseJsonBody, parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/orders/{id}/checkout — the treasurer opens a Stripe Checkout Session (KKPD card) → { url, sessionId }. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const input = await parseJsonBody(startCardCheckoutSchema, request, requestLocale(request));
  const { url, sessionId } = await startCardCheckout(viewer, parsePathId(params.id), input);
  return Response.json({ url, sessionId }, { status: 201 });
});
