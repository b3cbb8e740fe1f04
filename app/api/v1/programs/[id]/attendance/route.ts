import { apiRoute, requestLocale } from "@/lib/api/handler";
import { recordAttendance } from "@/lib/services/diklat/record-attendance";
import { recordAttendanceSchema } from "@/lib/validation/diklat";
import { parseJsonBody, parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/programs/{id}/attendance — the organizer marks UMKs present. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const id = parsePathId(params.id);
  const input = await parseJsonBody(recordAttendanceSchema, request, requestLocale(request));
  return Response.json(await recordAttendance(viewer, id, input));
});
