import { apiRoute } from "@/lib/api/handler";
import { getProgramOutcomes } from "@/lib/services/diklat/program-outcomes";
import { outcomesQuerySchema } from "@/lib/validation/diklat";
import { parsePathId, parseQuery } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/programs/{id}/outcomes?days= — participants vs comparison group at 90 and 180 days. */
export const GET = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const id = parsePathId(params.id);
  const { days } = parseQuery(outcomesQuerySchema, request);
  return Response.json(await getProgramOutcomes(viewer, id, new Date(), days ? (Number(days) as 90 | 180) : undefined));
});
