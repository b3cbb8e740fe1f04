import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { PARTNER_MESSAGES } from "@/lib/services/partners/messages";
import { uploadPartnershipEvidence } from "@/lib/services/partnerships/upload-partnership-evidence";
import { filesOf, readMultipart } from "../../../seller/_lib/body";

/** POST /api/v1/partnerships/{id}/evidence — multipart `file` (PDF/JPEG/PNG ≤ 10 MB) and optional `note`. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AppError("not_found");
  const form = await readMultipart(request);
  const [file] = await filesOf(form, "file");
  if (!file) throw new AppError("unprocessable", PARTNER_MESSAGES.evidenceRequired);
  const note = typeof form.get("note") === "string" ? String(form.get("note")).trim().slice(0, 300) || undefined : undefined;
  return Response.json(await uploadPartnershipEvidence(viewer, { partnershipId: params.id, bytes: file, note }), { status: 201 });
});
