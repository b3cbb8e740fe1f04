import { z } from "zod";
import { apiRoute, requestLocale } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { claimGapBatchFor } from "@/lib/services/gap-board/claim-gap-batch";
import { parseInput } from "@/lib/validation/messages";
import { readJson } from "../../../seller/_lib/body";

const claimSchema = z.object({ partnerId: z.uuid() });

/** POST /api/v1/gap-batches/{id}/claim — a verified partner claims an open batch (partnerships are proposed to its members). */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AppError("not_found");
  const { partnerId } = parseInput(claimSchema, await readJson(request), requestLocale(request));
  return Response.json(await claimGapBatchFor(viewer, { batchId: params.id, partnerId }));
});
