import { requestLocale } from "@/lib/api/handler";
import { toHttpResponse } from "@/lib/errors";
import { handleStripeWebhook } from "@/lib/services/payments";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/stripe/webhook — Stripe calls this; no session. The body is read raw (never parsed first) because
 * the signature covers its exact bytes. 400 on a bad signature; 200 for applied, ignored and duplicate events.
 */
export const POST = async (request: Request) => {
  try {
    const raw = await request.text();
    return Response.json(await handleStripeWebhook(raw, request.headers.get("stripe-signature")));
  } catch (error) {
    return toHttpResponse(error, requestLocale(request));
  }
};
