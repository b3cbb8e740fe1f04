import "server-only";
import { db } from "@/db/client";
import { findGapBatch, insertGapBatch } from "@/db/queries/gap-batches";
import { findRegionWithParent } from "@/db/queries/regions";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { unprocessable } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { PARTNER_MESSAGES } from "@/lib/services/partners/messages";
import type { GapFilterInput } from "@/lib/validation/mitra";
import { withProgress, type StoredGapFilter } from "./batch-progress";
import { assertBatchBuilder, matchGapFilter, provinceOfKabupaten } from "./preview-gap-batch";

/**
 * The admin posts a batch from a profile filter: its members are the UMKs the filter holds now, stored with
 * their gaps at creation, so progress is measured against a fixed start. 422 when nobody matches. Audited.
 */
export const createGapBatch = async (viewer: Viewer | null, filter: GapFilterInput, now = new Date()) => {
  assertBatchBuilder(viewer);
  const regionId = await provinceOfKabupaten(db, filter.kabupatenId);
  authorize(viewer, "gap_batch.manage", { regionId });
  const kabupaten = (await findRegionWithParent(db, filter.kabupatenId))!;
  return db.transaction(async (tx) => {
    const { members, categoryName } = await matchGapFilter(tx, filter, now);
    if (members.length === 0) throw unprocessable("batch_empty", PARTNER_MESSAGES.batchEmpty);
    const stored: StoredGapFilter = { ...filter, kabupatenName: kabupaten.name, categoryName };
    const batch = await insertGapBatch(tx, { gapCode: filter.gapCode, regionId, filter: stored, members: members.map((m) => ({ businessId: m.businessId, gaps: m.gaps })) });
    await appendAuditEvent(tx, { actor: actorOf(viewer), action: "gap_batch.created", entity: "gap_batch", entityId: batch.id, data: { ...stored, memberCount: members.length } });
    const [view] = await withProgress(tx, [(await findGapBatch(tx, batch.id))!], now);
    return view!;
  });
};
