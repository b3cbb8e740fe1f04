import { csvResponse } from "@/app/api/v1/exports/_lib/response";
import { apiRoute } from "@/lib/api/handler";
import { outcomesCsvOf } from "@/lib/services/diklat/program-downloads";
import { parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/programs/{id}/outcomes.csv — the outcomes as CSV. */
export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => {
  const { csv, fileName } = await outcomesCsvOf(viewer, parsePathId(params.id));
  return csvResponse(csv, fileName);
});
