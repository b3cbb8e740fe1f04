import { z } from "zod";
import { apiRoute, requestLocale } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { updateProduct } from "@/lib/services/products/update-product";
import { parseInput } from "@/lib/validation/messages";
import { updateProductSchema } from "@/lib/validation/product";
import { readJson } from "../../_lib/body";

/** PATCH /api/v1/seller/products/{id} — edits a product of the caller's business (403 for others'). */
export const PATCH = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AppError("not_found");
  const input = parseInput(updateProductSchema, await readJson(request), requestLocale(request));
  return Response.json(await updateProduct(viewer, params.id, input));
});
