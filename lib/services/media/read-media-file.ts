import "server-only";
import { db } from "@/db/client";
import { findCertificationByDocument } from "@/db/queries/certifications";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError } from "@/lib/errors";
import { fileStorage } from "@/lib/storage";
import { isSafeKey } from "@/lib/storage/storage";

/**
 * A stored file and whether it is a private document. Product photos (`products/…`) are public; a
 * certification document (`documents/<uploader>/…`) only for whom can() allows "business_document.read":
 * its uploader, the business's sellers and the province's admins. Anyone else gets not_found, as for a
 * missing file, so a key's existence does not leak.
 */
export const readMediaFile = async (viewer: Viewer | null, key: string) => {
  if (!isSafeKey(key)) throw new AppError("not_found");
  const isDocument = key.startsWith("documents/");
  if (!isDocument && !key.startsWith("products/")) throw new AppError("not_found");
  if (isDocument) {
    if (!viewer) throw new AppError("unauthenticated");
    const cert = await findCertificationByDocument(db, key);
    const resource = { ownerId: key.split("/")[1], businessId: cert?.businessId, regionId: cert?.provinceId };
    if (!can(viewer, "business_document.read", resource)) throw new AppError("not_found");
  }
  const file = await fileStorage().get(key);
  if (!file) throw new AppError("not_found");
  return { bytes: file.bytes, isDocument };
};
