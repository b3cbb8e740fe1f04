import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { verifyPartner } from "@/lib/services/partners/verify-partner";

/** POST /api/v1/partners/{id}/verify — the admin verifies a partner of their province. */
export const POST = apiRoute<{ id: string }>(async ({ viewer, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AppError("not_found");
  return Response.json(await verifyPartner(viewer, { partnerId: params.id }));
});
