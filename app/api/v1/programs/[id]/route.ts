import { apiRoute, requestLocale } from "@/lib/api/handler";
import { getProgram } from "@/lib/services/diklat/list-programs";
import { updateProgram } from "@/lib/services/diklat/save-program";
import { saveProgramSchema } from "@/lib/validation/diklat";
import { parseJsonBody, parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/programs/{id} — one program (public). */
export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => Response.json((await getProgram(viewer, parsePathId(params.id))).program));

/** PUT /api/v1/programs/{id} — replace a program's fields (its organizer or the province's admin). */
export const PUT = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const id = parsePathId(params.id);
  const input = await parseJsonBody(saveProgramSchema, request, requestLocale(request));
  return Response.json(await updateProgram(viewer, id, input));
});
