import { apiRoute, requestLocale } from "@/lib/api/handler";
import { createGapBatch } from "@/lib/services/gap-board/create-gap-batch";
import { listGapBatchesFor } from "@/lib/services/gap-board/list-gap-batches";
import { parseInput } from "@/lib/validation/messages";
import { gapFilterSchema } from "@/lib/validation/mitra";
import { readJson } from "../seller/_lib/body";

/** GET /api/v1/gap-batches — the gap board: all of the admin's province, or a partner's open and claimed batches. */
export const GET = apiRoute(async ({ viewer }) => {
  const { batches } = await listGapBatchesFor(viewer);
  return Response.json({ batches });
});

/** POST /api/v1/gap-batches — the admin builds a batch from a profile filter. */
export const POST = apiRoute(async ({ request, viewer }) => {
  const input = parseInput(gapFilterSchema, await readJson(request), requestLocale(request));
  return Response.json(await createGapBatch(viewer, input), { status: 201 });
});
