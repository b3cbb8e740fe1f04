import { apiRoute } from "@/lib/api/handler";
import { resendEmailVerification } from "@/lib/services/accounts/email-verification";

export const dynamic = "force-dynamic";

/** POST /api/v1/auth/verify-email/resend → 202: a fresh link to the signed-in person's unverified address. */
export const POST = apiRoute(async ({ viewer }) => Response.json(await resendEmailVerification(viewer), { status: 202 }));
