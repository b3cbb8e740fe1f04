import { apiRoute } from "@/lib/api/handler";
import { readCsvBody } from "@/lib/api/csv-body";
import { importProgramSidt } from "@/lib/services/diklat/sidt-exchange";
import { parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/programs/{id}/sidt (text/csv) — record registrations and attendance from a SIDT file; all or nothing. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const id = parsePathId(params.id);
  return Response.json(await importProgramSidt(viewer, id, () => readCsvBody(request)));
});
