import type { DbOrTx } from "@/db/client";
import { findPartnersByIds } from "@/db/queries/partners";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";

/** The partner organizations a viewer acts for (one `partner` membership each); candidates only, can() decides. */
export const partnerIdsOf = (viewer: Viewer) => [...new Set(viewer.memberships.filter((m) => m.role === "partner" && m.partnerId).map((m) => m.partnerId!))];

/** The viewer's partner organizations as stored (name, region, verified), those can() lets them act for. */
export const loadViewerPartners = async (db: DbOrTx, viewer: Viewer) => {
  const ids = partnerIdsOf(viewer).filter((partnerId) => can(viewer, "gap_batch.claim", { partnerId }));
  return findPartnersByIds(db, ids);
};
