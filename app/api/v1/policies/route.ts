import { apiRoute, requestLocale } from "@/lib/api/handler";
import { readActivePolicy } from "@/lib/services/procurement/get-active-policy";
import { savePolicyVersion } from "@/lib/services/procurement/save-policy-version";
import { parseJsonBody, parseQuery, policyQuerySchema, savePolicyVersionSchema } from "@/lib/validation/procurement";
import { AppError } from "@/lib/errors";
import { regionsWhere } from "@/lib/auth/scopes";

export const dynamic = "force-dynamic";

/** GET /api/v1/policies?regionId= — the compliance policy in force now (the viewer's region by default). */
export const GET = apiRoute(async ({ request, viewer }) => Response.json(await readActivePolicy(viewer, parseQuery(policyQuerySchema, request))));

/** POST /api/v1/policies — admin saves a new version { rules, note, effectiveFrom?, regionId? }; 201 with the diff. */
export const POST = apiRoute(async ({ request, viewer }) => {
  const input = await parseJsonBody(savePolicyVersionSchema, request, requestLocale(request));
  const regionId = input.regionId ?? (viewer ? regionsWhere(viewer, "policy.manage")[0] : undefined);
  if (viewer && !regionId) throw new AppError("forbidden");
  const saved = await savePolicyVersion(viewer, regionId ?? "-", input.rules, input.note, { effectiveFrom: input.effectiveFrom });
  return Response.json(saved, { status: 201 });
});
