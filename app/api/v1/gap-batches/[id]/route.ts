import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { getGapBatch } from "@/lib/services/gap-board/get-gap-batch";

/** GET /api/v1/gap-batches/{id} — one batch with its progress (members for the admin and the claimer). */
export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AppError("not_found");
  return Response.json(await getGapBatch(viewer, { batchId: params.id }));
});
