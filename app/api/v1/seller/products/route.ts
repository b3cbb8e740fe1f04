import { apiRoute, requestLocale } from "@/lib/api/handler";
import { createProduct } from "@/lib/services/products/create-product";
import { parseInput } from "@/lib/validation/messages";
import { createProductSchema } from "@/lib/validation/product";
import { readJson } from "../_lib/body";

/** POST /api/v1/seller/products — creates a product for the caller's business. */
export const POST = apiRoute(async ({ request, viewer }) => {
  const input = parseInput(createProductSchema, await readJson(request), requestLocale(request));
  return Response.json(await createProduct(viewer, input), { status: 201 });
});
