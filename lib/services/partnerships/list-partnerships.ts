import "server-only";
import { db } from "@/db/client";
import { listEvidenceFiles, listPartnerships } from "@/db/queries/partnerships";
import { requireSignedIn } from "@/lib/auth/authorize";
import { businessesWhere, regionsWhere } from "@/lib/auth/scopes";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { partnershipActions } from "@/lib/domain/readiness/partnership";
import { partnerIdsOf } from "@/lib/services/partners/partner-viewer";

/**
 * Every partnership the viewer may read — of their businesses (seller), their organization (partner), their
 * province (admin) — with its evidence files and what the viewer may do next; empty for anyone else.
 */
export const listPartnershipsFor = async (viewer: Viewer | null) => {
  requireSignedIn(viewer);
  const businessIds = businessesWhere(viewer, "partnership.read");
  const partnerIds = partnerIdsOf(viewer).filter((partnerId) => can(viewer, "partnership.read", { partnerId }));
  const provinceIds = regionsWhere(viewer, "partnership.read");
  const rows = await listPartnerships(db, { businessIds, partnerIds, provinceIds });
  const files = await listEvidenceFiles(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    ...r,
    evidenceFiles: files.filter((f) => f.partnershipId === r.id),
    actions: {
      ...partnershipActions(r, {
        isBusinessOwner: can(viewer, "partnership.decide", { businessId: r.businessId }),
        isPartnerMember: can(viewer, "partnership.end", { partnerId: r.partnerId }),
      }),
      uploadEvidence: can(viewer, "partnership.end", { partnerId: r.partnerId }) || can(viewer, "partnership.decide", { businessId: r.businessId }),
    },
  }));
};
