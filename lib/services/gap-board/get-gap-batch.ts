import "server-only";
import { db } from "@/db/client";
import { findGapBatch } from "@/db/queries/gap-batches";
import { requireSignedIn } from "@/lib/auth/authorize";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { gapBatchActions } from "@/lib/domain/readiness/gap-batch";
import { AppError } from "@/lib/errors";
import { PARTNER_MESSAGES } from "@/lib/services/partners/messages";
import { loadViewerPartners } from "@/lib/services/partners/partner-viewer";
import { withProgress } from "./batch-progress";

/**
 * One batch with its progress. The admin of its province and the partner that claimed it see the members
 * (the claimer proposed a partnership to each); a partner of the province sees an open batch's totals only,
 * never who is in it. 403 for anyone else (as every refusal of the API).
 */
export const getGapBatch = async (viewer: Viewer | null, input: { batchId: string }, now = new Date()) => {
  requireSignedIn(viewer);
  const batch = await findGapBatch(db, input.batchId);
  if (!batch) throw new AppError("not_found", PARTNER_MESSAGES.batchNotFound);
  const isAdmin = can(viewer, "gap_batch.manage", { regionId: batch.regionId });
  const partners = (await loadViewerPartners(db, viewer)).filter((p) => p.regionId === batch.regionId);
  const claimer = partners.find((p) => p.id === batch.claimedByPartnerId) ?? null;
  const partner = claimer ?? partners.find((p) => p.verified) ?? null;
  if (!isAdmin && !claimer && !(partner && batch.claimedByPartnerId === null)) throw new AppError("forbidden");
  const [view] = await withProgress(db, [batch], now, { members: isAdmin || claimer !== null });
  return { ...view!, actions: gapBatchActions(batch, { partnerId: partner?.id ?? null, partnerVerified: partner?.verified ?? false }) };
};
