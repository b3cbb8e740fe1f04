import { apiRoute, requestLocale } from "@/lib/api/handler";
import { env } from "@/lib/env";
import { startCardCheckout } from "@/lib/services/payments";
import { startCardCheckoutSchema } from "@/lib/validation/payments";
import { parseJsonBody, parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/orders/{id}/checkout — the treasurer opens a Stripe Checkout Session (KKPD card) → { url, sessionId }; return URLs default to the pay page and stay on this origin. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const urls = await parseJsonBody(startCardCheckoutSchema, request, requestLocale(request));
  // Return URLs may point at the configured public URL or the origin this request was addressed to.
  const appOrigin = env().NEXTAUTH_URL ?? request.nextUrl.origin;
  const input = { ...urls, appOrigin, allowedOrigins: [request.nextUrl.origin] };
  const { url, sessionId } = await startCardCheckout(viewer, parsePathId(params.id), input);
  return Response.json({ url, sessionId }, { status: 201 });
});
