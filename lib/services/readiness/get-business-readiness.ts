import "server-only";
import { db } from "@/db/client";
import { findBusinessVisibility } from "@/db/queries/businesses";
import { listBusinessCertifications } from "@/db/queries/certifications";
import { listSubmissionsOfBusinesses } from "@/db/queries/certification-submissions";
import { listAcceptedPartnerIds } from "@/db/queries/partnerships";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { GAP_NAMES } from "@/lib/domain/readiness/gaps";
import { witaDate } from "@/lib/domain/time/wita";
import { AppError } from "@/lib/errors";
import { PARTNER_MESSAGES } from "@/lib/services/partners/messages";
import { loadReadinessProfiles } from "./load-readiness-profiles";

/**
 * One UMK's readiness profile with its certificates and their documents: non-public data, so only its sellers,
 * the province's admins and a partner with an ACCEPTED partnership read it (403 for everyone else, including a
 * partner whose proposal is pending, declined or ended).
 */
export const getBusinessReadiness = async (viewer: Viewer | null, input: { businessId: string }, now = new Date()) => {
  const business = await findBusinessVisibility(db, input.businessId);
  if (!business) throw new AppError("not_found", PARTNER_MESSAGES.businessNotFound);
  const acceptedPartnerIds = await listAcceptedPartnerIds(db, business.id);
  authorize(viewer, "business.read_partnered", { businessId: business.id, regionId: business.provinceId, acceptedPartnerIds });
  const [entries, certificates, submissions] = await Promise.all([
    loadReadinessProfiles(db, { businessIds: [business.id], today: witaDate(now) }),
    listBusinessCertifications(db, [business.id]),
    listSubmissionsOfBusinesses(db, [business.id]),
  ]);
  const entry = entries[0];
  // Non-UMK and rejected businesses have no profile: nothing to help with on the gap board.
  if (!entry) throw new AppError("not_found", PARTNER_MESSAGES.businessNotFound);
  return {
    ...entry,
    gapNames: entry.gaps.map((code) => ({ code, ...GAP_NAMES[code] })),
    certificates: certificates.map((c) => ({ kind: c.kind, number: c.number, expiresOn: c.expiresOn, documentPath: c.documentPath })),
    pendingCertificates: submissions.filter((s) => s.status === "pending").map((s) => ({ id: s.id, kind: s.kind, number: s.number, expiresOn: s.expiresOn, documentPath: s.documentPath })),
  };
};
