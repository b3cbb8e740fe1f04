import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { archiveProduct } from "@/lib/services/products/update-product";

/** POST /api/v1/seller/products/{id}/archive — takes a product out of the catalog (and search) at once. */
export const POST = apiRoute<{ id: string }>(async ({ viewer, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AppError("not_found");
  return Response.json(await archiveProduct(viewer, params.id));
});
