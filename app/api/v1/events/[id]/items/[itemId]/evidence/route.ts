import { apiRoute, requestLocale } from "@/lib/api/handler";
import { MAX_EVIDENCE_BYTES } from "@/lib/domain/events/event-rules";
import { AppError } from "@/lib/errors";
import { attachEvidence } from "@/lib/services/events";
import { evidenceTooLarge } from "@/lib/services/events/attach-evidence";
import { parsePathId } from "@/lib/validation/procurement";
import { assertSafeInput } from "@/lib/validation/safe-input";

export const dynamic = "force-dynamic";

// Room for the multipart boundaries and headers around one file at the limit.
const MAX_BODY_BYTES = MAX_EVIDENCE_BYTES + 64 * 1024;

/**
 * POST /api/v1/events/{id}/items/{itemId}/evidence — multipart, field `file`; 201. Too large → 413
 * (Content-Length is checked before reading, the bytes again after); not PNG/JPEG/WebP/PDF by content → 415.
 */
export const POST = apiRoute<{ id: string; itemId: string }>(async ({ request, viewer, params }) => {
  const id = parsePathId(params.id);
  const itemId = parsePathId(params.itemId);
  if (Number(request.headers.get("content-length") ?? "0") > MAX_BODY_BYTES) throw evidenceTooLarge();
  if (!/^multipart\/form-data/i.test(request.headers.get("content-type") ?? "")) {
    throw new AppError("unsupported_media_type", { id: "Kirim berkas sebagai multipart/form-data (kolom `file`).", en: "Send the file as multipart/form-data (field `file`)." });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("bad_request");
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    throw new AppError("unprocessable", { id: "Pilih berkas bukti (kolom `file`).", en: "Choose an evidence file (field `file`)." }, [{ path: "file", message: "required" }]);
  }
  if (file.size > MAX_EVIDENCE_BYTES) throw evidenceTooLarge();
  // The original name is stored and shown: the same text hygiene as every JSON field.
  assertSafeInput({ file: file.name }, requestLocale(request));
  const evidence = await attachEvidence(viewer, id, itemId, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name });
  return Response.json(evidence, { status: 201 });
});
