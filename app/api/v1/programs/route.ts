import { apiRoute, requestLocale } from "@/lib/api/handler";
import { createProgram } from "@/lib/services/diklat/save-program";
import { listPrograms } from "@/lib/services/diklat/list-programs";
import { listProgramsQuerySchema, saveProgramSchema } from "@/lib/validation/diklat";
import { parseJsonBody, parseQuery } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/programs?kabupatenId=&upcoming= — diklat programs (public). */
export const GET = apiRoute(async ({ request }) => Response.json({ programs: await listPrograms(parseQuery(listProgramsQuerySchema, request)) }));

/** POST /api/v1/programs — the province's admin or a verified partner organizer creates a program; 201. */
export const POST = apiRoute(async ({ request, viewer }) => {
  const input = await parseJsonBody(saveProgramSchema, request, requestLocale(request));
  return Response.json(await createProgram(viewer, input), { status: 201 });
});
