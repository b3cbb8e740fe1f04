import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { isBusinessPublic, type VerificationStatus } from "@/lib/domain/business/verification";

/**
 * How a product photo may be served: to everyone and cached by anyone (the business is verified), only
 * privately (the viewer is the business's seller or an admin of its province while it is pending, rejected
 * or suspended), or not at all. "hidden" is answered like a missing file (404), not 403: a 403 would tell a
 * stranger that a business under review, or one suspended, has uploaded photos under that key.
 */
export type PhotoAccess = "public" | "private" | "hidden";

export const productPhotoAccess = (
  viewer: Viewer | null,
  business: { id: string; verificationStatus: VerificationStatus; provinceId: string } | null,
): PhotoAccess => {
  if (!business) return "hidden";
  if (isBusinessPublic(business.verificationStatus)) return "public";
  return can(viewer, "product_photo.read_unpublished", { businessId: business.id, regionId: business.provinceId }) ? "private" : "hidden";
};
