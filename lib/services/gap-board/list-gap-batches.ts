import "server-only";
import { db } from "@/db/client";
import { listGapBatches } from "@/db/queries/gap-batches";
import { requireSignedIn } from "@/lib/auth/authorize";
import { regionsWhere } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/domain/auth/roles";
import { gapBatchActions } from "@/lib/domain/readiness/gap-batch";
import { AppError } from "@/lib/errors";
import { loadViewerPartners } from "@/lib/services/partners/partner-viewer";
import { withProgress } from "./batch-progress";

/**
 * The gap board. An admin sees every batch of their provinces; a partner sees the open batches of its
 * province and those it claimed (with the credited closures); 403 for anyone else. Progress comes from data.
 */
export const listGapBatchesFor = async (viewer: Viewer | null, now = new Date()) => {
  requireSignedIn(viewer);
  const adminRegions = regionsWhere(viewer, "gap_batch.manage");
  const partners = await loadViewerPartners(db, viewer);
  if (adminRegions.length === 0 && partners.length === 0) throw new AppError("forbidden");
  const partnerRegions = [...new Set(partners.map((p) => p.regionId))];
  const [asAdmin, open, ...claimed] = await Promise.all([
    listGapBatches(db, { regionIds: adminRegions }),
    listGapBatches(db, { regionIds: partnerRegions, open: true }),
    ...partners.map((p) => listGapBatches(db, { regionIds: [p.regionId], claimedBy: p.id })),
  ]);
  const byId = new Map([...asAdmin, ...open, ...claimed.flat()].map((b) => [b.id, b]));
  const batches = await withProgress(db, [...byId.values()].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()), now, { members: true });
  const partner = partners.find((p) => p.verified) ?? partners[0] ?? null;
  const mine = new Set(partners.map((p) => p.id));
  return {
    partner,
    // Who is in a batch (and whether their gap closed) is for the province's admin and the claimer only.
    batches: batches.map(({ members, ...b }) => ({
      ...b,
      members: adminRegions.includes(b.regionId) || (b.claimedByPartnerId !== null && mine.has(b.claimedByPartnerId)) ? members : undefined,
      actions: gapBatchActions(b, { partnerId: partner?.id ?? null, partnerVerified: partner?.verified ?? false }),
    })),
  };
};
