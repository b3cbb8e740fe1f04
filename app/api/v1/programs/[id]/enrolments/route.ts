import { apiRoute, requestLocale } from "@/lib/api/handler";
import { getProgramManagement } from "@/lib/services/diklat/program-management";
import { requestEnrolment } from "@/lib/services/diklat/request-enrolment";
import { requestEnrolmentSchema } from "@/lib/validation/diklat";
import { parseJsonBody, parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/programs/{id}/enrolments — participants with the repeat-without-change flag (organizer, admin). */
export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) =>
  Response.json({ participants: (await getProgramManagement(viewer, parsePathId(params.id))).participants }),
);

/** POST /api/v1/programs/{id}/enrolments — a seller asks for a seat; 201, or 422 with the reasons and the program that fits. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const id = parsePathId(params.id);
  const input = await parseJsonBody(requestEnrolmentSchema, request, requestLocale(request));
  return Response.json(await requestEnrolment(viewer, id, input), { status: 201 });
});
