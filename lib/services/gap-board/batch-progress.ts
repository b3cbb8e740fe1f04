import "server-only";
import type { DbOrTx } from "@/db/client";
import { listGapBatchMembers, type GapBatchRow } from "@/db/queries/gap-batches";
import { gapBatchProgress } from "@/lib/domain/readiness/gap-batch";
import { GAP_CODES, GAP_NAMES, type GapCode } from "@/lib/domain/readiness/gaps";
import { witaDate } from "@/lib/domain/time/wita";
import { loadReadinessProfiles } from "@/lib/services/readiness/load-readiness-profiles";

/** What a batch's filter JSON holds: the filter and the names it was built with (names kept for display). */
export type StoredGapFilter = { gapCode: GapCode; kabupatenId: string; kabupatenName: string; categoryId: string | null; categoryName: string | null };

const asGapCode = (code: string): GapCode => (GAP_CODES as readonly string[]).includes(code) ? (code as GapCode) : "BUSINESS_NOT_VERIFIED";

/**
 * Batches with their progress measured from today's readiness profiles — never from what anyone reports: one
 * member query and one profile load for all the batches together.
 */
export const withProgress = async (db: DbOrTx, batches: readonly GapBatchRow[], now: Date, options: { members?: boolean } = {}) => {
  const members = await listGapBatchMembers(db, batches.map((b) => b.id));
  const memberIds = [...new Set(members.map((m) => m.businessId))];
  const profiles = await loadReadinessProfiles(db, { businessIds: memberIds, today: witaDate(now) });
  const gapsOf = new Map(profiles.map((p) => [p.businessId, p.gaps]));
  const nameOf = new Map(profiles.map((p) => [p.businessId, { name: p.name, nib: p.nib }]));
  return batches.map((b) => {
    const gapCode = asGapCode(b.gapCode);
    const progress = gapBatchProgress(gapCode, members.filter((m) => m.batchId === b.id).map((m) => m.businessId), gapsOf);
    const { members: memberProgress, ...totals } = progress;
    return {
      ...b,
      gapCode,
      gapName: GAP_NAMES[gapCode],
      filter: b.filter as unknown as StoredGapFilter,
      progress: totals,
      ...(options.members ? { members: memberProgress.map((m) => ({ ...m, ...(nameOf.get(m.businessId) ?? { name: "", nib: "" }) })) } : {}),
    };
  });
};
