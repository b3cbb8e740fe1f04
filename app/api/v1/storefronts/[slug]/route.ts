import { apiRoute } from "@/lib/api/handler";
import { getPublicStorefront } from "@/lib/services/storefront/get-public-storefront";

export const dynamic = "force-dynamic";

/** A verified business's storefront with its proof computed from the ledger; 404 for anything else. */
export const GET = apiRoute<{ slug: string }>(async ({ params }) => Response.json(await getPublicStorefront(params.slug)));
