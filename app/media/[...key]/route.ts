import { apiRoute } from "@/lib/api/handler";
import { findCertificationByDocument } from "@/db/queries/businesses";
import { db } from "@/db/client";
import { can } from "@/lib/domain/auth/can";
import { AppError } from "@/lib/errors";
import { fileStorage } from "@/lib/storage";
import { contentTypeOfKey, isSafeKey } from "@/lib/storage/storage";

/**
 * Serves stored files. Product photos (`products/…`) are public and immutable (a new photo gets a new key),
 * so they cache for a year. Certification documents (`documents/<uploader>/…`) go only to their uploader,
 * the business's sellers and the province's admins, never cached by shared caches.
 */
export const GET = apiRoute<{ key: string[] }>(async ({ viewer, params }) => {
  const key = params.key.join("/");
  if (!isSafeKey(key)) throw new AppError("not_found");
  const isDocument = key.startsWith("documents/");
  if (!isDocument && !key.startsWith("products/")) throw new AppError("not_found");
  if (isDocument) {
    if (!viewer) throw new AppError("unauthenticated");
    const isUploader = key.startsWith(`documents/${viewer.userId}/`);
    const cert = isUploader ? null : await findCertificationByDocument(db, key);
    const allowed =
      isUploader ||
      (cert !== undefined && cert !== null &&
        (can(viewer, "business.read_own", { businessId: cert.businessId }) || can(viewer, "business.verify", { regionId: cert.provinceId })));
    if (!allowed) throw new AppError("not_found");
  }
  const file = await fileStorage().get(key);
  if (!file) throw new AppError("not_found");
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "content-type": contentTypeOfKey(key),
      "content-length": String(file.bytes.length),
      "x-content-type-options": "nosniff",
      "cache-control": isDocument ? "private, no-store" : "public, max-age=31536000, immutable",
      ...(isDocument ? { "content-disposition": "inline" } : {}),
    },
  });
});
