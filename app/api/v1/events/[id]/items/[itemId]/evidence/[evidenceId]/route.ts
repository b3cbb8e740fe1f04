import { apiRoute } from "@/lib/api/handler";
import { readEvidenceFile } from "@/lib/services/events";
import { evidenceQuerySchema } from "@/lib/validation/events";
import { parsePathId, parseQuery } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET …/evidence/{evidenceId}[?variant=thumbnail] — the file, to event readers only; never cached by shared caches. */
export const GET = apiRoute<{ id: string; itemId: string; evidenceId: string }>(async ({ request, viewer, params }) => {
  const { variant } = parseQuery(evidenceQuerySchema, request);
  const file = await readEvidenceFile(viewer, {
    eventId: parsePathId(params.id), itemId: parsePathId(params.itemId), evidenceId: parsePathId(params.evidenceId), variant,
  });
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.bytes.length),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    },
  });
});
