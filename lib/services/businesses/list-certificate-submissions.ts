import "server-only";
import { db } from "@/db/client";
import { listBusinessCertifications } from "@/db/queries/certifications";
import { listSubmissionsOfBusinesses } from "@/db/queries/certification-submissions";
import { requireSignedIn } from "@/lib/auth/authorize";
import { businessesWhere } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/domain/auth/roles";

/** The seller's businesses' recorded certificates and the ones they submitted since (pending, verified, rejected). */
export const listCertificateSubmissions = async (viewer: Viewer | null) => {
  requireSignedIn(viewer);
  const businessIds = businessesWhere(viewer, "business.update");
  const [certificates, submissions] = await Promise.all([listBusinessCertifications(db, businessIds), listSubmissionsOfBusinesses(db, businessIds)]);
  return { businessIds, certificates, submissions };
};
