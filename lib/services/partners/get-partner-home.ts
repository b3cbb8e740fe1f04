import "server-only";
import { requireSignedIn } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError } from "@/lib/errors";
import { listGapBatchesFor } from "@/lib/services/gap-board/list-gap-batches";
import { listPartnershipsFor } from "@/lib/services/partnerships/list-partnerships";

/**
 * The /mitra landing: the viewer's organization, its partnerships, the batches it claimed with their
 * progress, the open batches it could claim, and the closed gaps it is credited with (measured from data).
 */
export const getPartnerHome = async (viewer: Viewer | null, now = new Date()) => {
  requireSignedIn(viewer);
  const board = await listGapBatchesFor(viewer, now);
  if (!board.partner) throw new AppError("forbidden");
  const partner = board.partner;
  const partnerships = (await listPartnershipsFor(viewer)).filter((p) => p.partnerId === partner.id);
  const claimed = board.batches.filter((b) => b.claimedByPartnerId === partner.id);
  const open = board.batches.filter((b) => b.actions.claim);
  const credited = { closedGaps: claimed.reduce((sum, b) => sum + b.progress.closed, 0), members: claimed.reduce((sum, b) => sum + b.progress.total, 0) };
  return { partner, partnerships, claimed, open, credited };
};
