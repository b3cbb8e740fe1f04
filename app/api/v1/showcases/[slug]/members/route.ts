import { apiRoute, requestLocale } from "@/lib/api/handler";
import { addShowcaseMember } from "@/lib/services/showcases/add-showcase-member";
import { parseJsonBody } from "@/lib/validation/procurement";
import { addShowcaseMemberSchema } from "@/lib/validation/showcases";

export const dynamic = "force-dynamic";

/** POST /api/v1/showcases/{slug}/members — the admin adds a verified business (and optionally a product); 201. */
export const POST = apiRoute<{ slug: string }>(async ({ request, viewer, params }) => {
  const input = await parseJsonBody(addShowcaseMemberSchema, request, requestLocale(request));
  return Response.json(await addShowcaseMember(viewer, params.slug, input), { status: 201 });
});
