import { apiRoute } from "@/lib/api/handler";
import { getShowcase } from "@/lib/services/showcases/read-showcases";

export const dynamic = "force-dynamic";

/** GET /api/v1/showcases/{slug} — one Etalase: rubric, members, spotlight (drafts only to its admins). */
export const GET = apiRoute<{ slug: string }>(async ({ viewer, params }) => Response.json(await getShowcase(viewer, params.slug)));
