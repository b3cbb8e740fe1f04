import { csvResponse } from "@/app/api/v1/exports/_lib/response";
import { apiRoute } from "@/lib/api/handler";
import { invitationsCsvOf } from "@/lib/services/diklat/program-downloads";
import { parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/programs/{id}/invitations.csv — the UMKs to invite, from today's readiness profiles. */
export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => {
  const { csv, fileName } = await invitationsCsvOf(viewer, parsePathId(params.id));
  return csvResponse(csv, fileName);
});
