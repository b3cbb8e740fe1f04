import { apiRoute, requestLocale } from "@/lib/api/handler";
import { regionsWhere } from "@/lib/auth/scopes";
import { createShowcase } from "@/lib/services/showcases/create-showcase";
import { listShowcases } from "@/lib/services/showcases/read-showcases";
import { parseJsonBody } from "@/lib/validation/procurement";
import { createShowcaseSchema } from "@/lib/validation/showcases";

export const dynamic = "force-dynamic";

/** GET /api/v1/showcases — every published Etalase with its spotlight (public). */
export const GET = apiRoute(async () => Response.json({ showcases: await listShowcases() }));

/** POST /api/v1/showcases — the admin creates a draft Etalase in their province; 201. */
export const POST = apiRoute(async ({ request, viewer }) => {
  const input = await parseJsonBody(createShowcaseSchema, request, requestLocale(request));
  const regionId = viewer ? regionsWhere(viewer, "showcase.manage")[0] : undefined;
  return Response.json(await createShowcase(viewer, regionId ?? "-", input), { status: 201 });
});
