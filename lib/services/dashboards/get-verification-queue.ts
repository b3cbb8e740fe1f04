import "server-only";
import { db } from "@/db/client";
import { countBusinessesByStatus, listBusinessesByStatus, listBusinessesDueForRecheck } from "@/db/queries/business-queue";
import { listBusinessCertifications } from "@/db/queries/certifications";
import { regionsWhere } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/domain/auth/roles";

/**
 * The admin's verification queue over the regions where can() lets them verify: each list with the
 * businesses' certifications, and the count per status. Empty lists when they may verify nowhere.
 */
export const getVerificationQueue = async (viewer: Viewer, params: { now: Date; limit: number; verifiedLimit: number }) => {
  const regionIds = regionsWhere(viewer, "business.verify");
  const { limit } = params;
  const [pending, due, suspended, rejected, verified, counts] =
    regionIds.length === 0
      ? [[], [], [], [], [], []]
      : await Promise.all([
          listBusinessesByStatus(db, { regionIds, status: "pending", limit }),
          listBusinessesDueForRecheck(db, { regionIds, now: params.now, limit }),
          listBusinessesByStatus(db, { regionIds, status: "suspended", limit }),
          listBusinessesByStatus(db, { regionIds, status: "rejected", limit }),
          listBusinessesByStatus(db, { regionIds, status: "verified", limit: params.verifiedLimit }),
          countBusinessesByStatus(db, { regionIds }),
        ]);
  const all = [...pending, ...due, ...suspended, ...rejected, ...verified];
  const certs = await listBusinessCertifications(db, [...new Set(all.map((b) => b.id))]);
  const withCerts = (rows: typeof pending) => rows.map((b) => ({ ...b, certifications: certs.filter((c) => c.businessId === b.id) }));
  return {
    pending: withCerts(pending),
    due: withCerts(due),
    suspended: withCerts(suspended),
    rejected: withCerts(rejected),
    verified: withCerts(verified),
    counts,
  };
};
