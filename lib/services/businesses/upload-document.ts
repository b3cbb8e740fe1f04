import "server-only";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { storeDocument } from "@/lib/images/process-upload";
import { fileStorage } from "@/lib/storage";

/**
 * Stores a certification document (content-sniffed PDF/JPEG/PNG, ≤ 10 MB) under the uploader's prefix;
 * only the uploader, the business's sellers and the province's admins can read it back.
 */
export const uploadCertificationDocument = async (viewer: Viewer | null, bytes: Uint8Array) => {
  authorize(viewer, "business.register");
  return storeDocument(fileStorage(), `documents/${viewer.userId}`, bytes);
};
