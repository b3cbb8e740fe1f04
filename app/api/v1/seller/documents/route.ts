import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { uploadCertificationDocument } from "@/lib/services/businesses/upload-document";
import { filesOf, readMultipart } from "../_lib/body";

/** POST /api/v1/seller/documents — multipart field `file`: a certification document (PDF/JPEG/PNG ≤ 10 MB). */
export const POST = apiRoute(async ({ request, viewer }) => {
  if (!viewer) throw new AppError("unauthenticated");
  const [file] = await filesOf(await readMultipart(request), "file");
  if (!file) throw new AppError("unprocessable", { id: "Pilih berkas dokumen.", en: "Choose a document file." });
  return Response.json(await uploadCertificationDocument(viewer, file), { status: 201 });
});
