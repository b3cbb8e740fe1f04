/** What a spending line contributes to shares: its snapshot value and the seller/product flags as stored. */
export type SpendLine = { lineTotalIdr: number; sellerIsUmk: boolean; isLocal: boolean };

export type SpendTotals = { totalIdr: number; umkIdr: number; localIdr: number };

export const ZERO_SPEND: SpendTotals = { totalIdr: 0, umkIdr: 0, localIdr: 0 };

export const sumSpend = (lines: Iterable<SpendLine>): SpendTotals => {
  const totals = { ...ZERO_SPEND };
  for (const line of lines) {
    totals.totalIdr += line.lineTotalIdr;
    if (line.sellerIsUmk) totals.umkIdr += line.lineTotalIdr;
    if (line.isLocal) totals.localIdr += line.lineTotalIdr;
  }
  return totals;
};

/** part / total, 0 when nothing was spent (an OPD with no spending has no share, not a failing one). */
export const shareOf = (partIdr: number, totalIdr: number) => (totalIdr > 0 ? partIdr / totalIdr : 0);

/**
 * Where an OPD stands against its UMK-share target. An OPD that has bought nothing has neither met nor
 * missed it: the screens show it neutrally ("no spending yet"), not in the red of a missed target.
 */
export const TARGET_STATUSES = ["met", "missed", "no_spending"] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export const targetStatusOf = (totals: Pick<SpendTotals, "totalIdr" | "umkIdr">, targetShare: number): TargetStatus => {
  if (totals.totalIdr <= 0) return "no_spending";
  return shareOf(totals.umkIdr, totals.totalIdr) >= targetShare ? "met" : "missed";
};

export type ComplianceSummaryRow = {
  opdId: string;
  name: string;
  totalIdr: number;
  umkIdr: number;
  umkShare: number;
  localIdr: number;
  localShare: number;
  exceptions: number;
  targetShare: number;
  meetsTarget: boolean;
  targetStatus: TargetStatus;
};

/**
 * One OPD's line of the compliance summary. `meetsTarget` (the API's boolean) is false for an OPD with no
 * spending under a positive target: it has not bought from UMK at all. `targetStatus` tells that case apart
 * from a missed target, for the screens.
 */
export const summaryRow = (
  opd: { opdId: string; name: string },
  totals: SpendTotals,
  exceptions: number,
  targetShare: number,
): ComplianceSummaryRow => {
  const umkShare = shareOf(totals.umkIdr, totals.totalIdr);
  return {
    opdId: opd.opdId,
    name: opd.name,
    totalIdr: totals.totalIdr,
    umkIdr: totals.umkIdr,
    umkShare,
    localIdr: totals.localIdr,
    localShare: shareOf(totals.localIdr, totals.totalIdr),
    exceptions,
    targetShare,
    meetsTarget: totals.totalIdr > 0 ? umkShare >= targetShare : targetShare === 0,
    targetStatus: targetStatusOf(totals, targetShare),
  };
};

/** Groups request lines by seller, keeping first-seen order: one order (Surat Pesanan) per seller. */
export const groupBySeller = <L extends { businessId: string }>(lines: readonly L[]): Array<{ businessId: string; lines: L[] }> => {
  const groups = new Map<string, L[]>();
  for (const line of lines) {
    const group = groups.get(line.businessId);
    if (group) group.push(line);
    else groups.set(line.businessId, [line]);
  }
  return [...groups].map(([businessId, grouped]) => ({ businessId, lines: grouped }));
};

/** Value of a (partial) BAST: received quantity × the snapshot unit price, per line. */
export const receivedValueIdr = (lines: ReadonlyArray<{ quantity: number; unitPriceIdr: number }>) =>
  lines.reduce((sum, l) => sum + l.quantity * l.unitPriceIdr, 0);

/** New running rating after one more star count, to two decimals as businesses.rating_avg stores it. */
export const nextRating = (current: { avg: number | null; count: number }, stars: number) => {
  const count = current.count + 1;
  const avg = ((current.avg ?? 0) * current.count + stars) / count;
  return { avg: Math.round(avg * 100) / 100, count };
};
