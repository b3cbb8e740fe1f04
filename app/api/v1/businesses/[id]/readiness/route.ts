import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { getBusinessReadiness } from "@/lib/services/readiness/get-business-readiness";

/** GET /api/v1/businesses/{id}/readiness — its sellers, the province's admins, a partner with an accepted partnership. */
export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AppError("not_found");
  return Response.json(await getBusinessReadiness(viewer, { businessId: params.id }));
});
