import { apiRoute } from "@/lib/api/handler";
import { getPublicProduct } from "@/lib/services/catalog/get-public-product";

export const dynamic = "force-dynamic";

/** One public product; 404 for anything not public and for a malformed id. */
export const GET = apiRoute<{ id: string }>(async ({ params }) => Response.json(await getPublicProduct(params.id)));
