import { apiRoute } from "@/lib/api/handler";
import { publishShowcase } from "@/lib/services/showcases/publish-showcase";

export const dynamic = "force-dynamic";

/** POST /api/v1/showcases/{slug}/publish — the admin publishes a draft. */
export const POST = apiRoute<{ slug: string }>(async ({ viewer, params }) => Response.json(await publishShowcase(viewer, params.slug)));
