import { apiRoute, requestLocale } from "@/lib/api/handler";
import { registerBusiness } from "@/lib/services/businesses/submit-application";
import { registerBusinessSchema } from "@/lib/validation/business";
import { parseInput } from "@/lib/validation/messages";
import { readJson } from "../seller/_lib/body";

/** POST /api/v1/businesses — registers the caller's business (pending) and makes them its seller. */
export const POST = apiRoute(async ({ request, viewer }) => {
  const input = parseInput(registerBusinessSchema, await readJson(request), requestLocale(request));
  const created = await registerBusiness(viewer, input);
  return Response.json(created, { status: 201 });
});
