import "server-only";
import { db } from "@/db/client";
import { findBusinessVisibility } from "@/db/queries/businesses";
import { findCertificationByDocument } from "@/db/queries/certifications";
import { findSubmissionByDocument } from "@/db/queries/certification-submissions";
import { findPartnershipByEvidenceKey, listAcceptedPartnerIds } from "@/db/queries/partnerships";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { productPhotoAccess } from "@/lib/domain/catalog/photo-access";
import { AppError } from "@/lib/errors";
import { fileStorage } from "@/lib/storage";
import { isSafeKey } from "@/lib/storage/storage";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * How a stored file may be cached: "public" (anyone, immutable), "private" (only the viewer's browser).
 * A certification document (`documents/<uploader>/…`) is read only by whom can() allows
 * "business_document.read": its uploader, the business's sellers, the province's admins and partners with an
 * accepted partnership; a partnership's evidence file (`partnerships/<id>/…`) by the two sides and the
 * province's admins ("partnership.read"). A product photo
 * (`products/<businessId>/…`) is public while its business is verified; while it is pending, rejected or
 * suspended only its sellers and the province's admins see it, privately. Anyone else gets not_found, as for
 * a missing file, so a key's existence does not leak.
 */
const accessFor = async (viewer: Viewer | null, key: string): Promise<"public" | "private"> => {
  if (key.startsWith("documents/")) {
    if (!viewer) throw new AppError("unauthenticated");
    // A certificate added after registration is read from its submission until Diskop verifies it.
    const cert = (await findCertificationByDocument(db, key)) ?? (await findSubmissionByDocument(db, key));
    const acceptedPartnerIds = cert ? await listAcceptedPartnerIds(db, cert.businessId) : [];
    const resource = { ownerId: key.split("/")[1], businessId: cert?.businessId, regionId: cert?.provinceId, acceptedPartnerIds };
    if (!can(viewer, "business_document.read", resource)) throw new AppError("not_found");
    return "private";
  }
  if (key.startsWith("partnerships/")) {
    if (!viewer) throw new AppError("unauthenticated");
    const p = await findPartnershipByEvidenceKey(db, key);
    if (!p || !can(viewer, "partnership.read", { businessId: p.businessId, partnerId: p.partnerId, regionId: p.provinceId })) throw new AppError("not_found");
    return "private";
  }
  if (key.startsWith("products/")) {
    const businessId = key.split("/")[1] ?? "";
    const business = UUID.test(businessId) ? await findBusinessVisibility(db, businessId) : null;
    const access = productPhotoAccess(viewer, business);
    if (access === "hidden") throw new AppError("not_found");
    return access;
  }
  throw new AppError("not_found");
};

/** A stored file and how it may be cached; see accessFor for who may read which. */
export const readMediaFile = async (viewer: Viewer | null, key: string) => {
  if (!isSafeKey(key)) throw new AppError("not_found");
  const access = await accessFor(viewer, key);
  const file = await fileStorage().get(key);
  if (!file) throw new AppError("not_found");
  return { bytes: file.bytes, access, isDocument: key.startsWith("documents/") || key.startsWith("partnerships/") };
};
