import { apiRoute, requestLocale } from "@/lib/api/handler";
import { reviewRedFlag } from "@/lib/services/flags/review-red-flag";
import { parseFlagKey, reviewRedFlagSchema } from "@/lib/validation/flags";
import { parseJsonBody } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/audit/flags/{key}/review {note} — an auditor marks a flag reviewed (audited; once per flag). */
export const POST = apiRoute<{ key: string }>(async ({ request, viewer, params }) => {
  const input = await parseJsonBody(reviewRedFlagSchema, request, requestLocale(request));
  return Response.json(await reviewRedFlag(viewer, parseFlagKey(params.key), input), { status: 201 });
});
