import type { GapCode } from "./gaps";

export type GapBatchFilter = { gapCode: GapCode; kabupatenId: string; categoryId: string | null };

/**
 * Pure: the profiles a batch is built from — those in the kabupaten with the gap and, when a category is set,
 * an active listing in it or in one of its subcategories (`categoryScope`: the category and its children).
 */
export const matchesGapFilter = (
  entry: { kabupatenId: string; categoryIds: readonly string[]; gaps: readonly GapCode[] },
  filter: Omit<GapBatchFilter, "categoryId">,
  categoryScope: ReadonlySet<string> | null,
) =>
  entry.kabupatenId === filter.kabupatenId &&
  (categoryScope === null || entry.categoryIds.some((id) => categoryScope.has(id))) &&
  entry.gaps.includes(filter.gapCode);

export type MemberProgress = { businessId: string; closed: boolean };

/**
 * Pure: progress of a batch, measured only from today's profiles. A member's gap is closed when its current
 * profile no longer has the batch's gap; a member whose profile is gone (e.g. it grew out of UMK) stays open,
 * since nobody can show the gap was closed.
 */
export const gapBatchProgress = (
  gapCode: GapCode,
  memberIds: readonly string[],
  currentGaps: ReadonlyMap<string, readonly GapCode[]>,
) => {
  const members: MemberProgress[] = memberIds.map((businessId) => {
    const gaps = currentGaps.get(businessId);
    return { businessId, closed: gaps !== undefined && !gaps.includes(gapCode) };
  });
  const closed = members.filter((m) => m.closed).length;
  return { total: members.length, closed, open: members.length - closed, share: members.length === 0 ? 0 : closed / members.length, members };
};

/** What a viewer may do next with a batch: a verified partner claims an open one; credit goes to the claimer. */
export const gapBatchActions = (
  batch: { claimedByPartnerId: string | null },
  viewer: { partnerId: string | null; partnerVerified: boolean },
) => ({
  claim: viewer.partnerId !== null && viewer.partnerVerified && batch.claimedByPartnerId === null,
  isMine: viewer.partnerId !== null && batch.claimedByPartnerId === viewer.partnerId,
});
