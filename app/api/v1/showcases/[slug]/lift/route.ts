import { apiRoute } from "@/lib/api/handler";
import { getShowcaseLift } from "@/lib/services/showcases/read-showcases";

export const dynamic = "force-dynamic";

/** GET /api/v1/showcases/{slug}/lift — orders and new OPD buyers after featuring against before (admin). */
export const GET = apiRoute<{ slug: string }>(async ({ viewer, params }) => Response.json(await getShowcaseLift(viewer, params.slug)));
