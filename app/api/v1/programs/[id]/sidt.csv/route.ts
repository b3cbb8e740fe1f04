import { csvResponse } from "@/app/api/v1/exports/_lib/response";
import { apiRoute } from "@/lib/api/handler";
import { exportProgramSidt } from "@/lib/services/diklat/sidt-exchange";
import { parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/programs/{id}/sidt.csv — enrolled and attended UMKs as a SIDT CSV keyed by NIB. */
export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => {
  const { csv, fileName } = await exportProgramSidt(viewer, parsePathId(params.id));
  return csvResponse(csv, fileName);
});
