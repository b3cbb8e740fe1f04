/** One UMK's figures over a window after the program (or after the same date, for the comparison group). */
export type UmkOutcome = {
  businessId: string;
  kabupatenId: string;
  categoryId: string;
  scale: string;
  /** Sales to OPDs in the 180 days before the program, whole rupiah: what "similar prior sales" compares. */
  priorSalesIdr: number;
  salesIdr: number;
  certificatesGained: number;
  deliveries: number;
  onTimeDeliveries: number;
};

export type GroupFigures = { count: number; meanSalesIdr: number; meanCertificatesGained: number; onTimeShare: number | null };

/** Prior sales within this factor of a participant's count as "similar" (half to double). */
export const SIMILAR_PRIOR_SALES_FACTOR = 2;

const similarPrior = (a: number, b: number) =>
  (a === 0 && b === 0) || (a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= SIMILAR_PRIOR_SALES_FACTOR);

/** Pure: non-participants with the same kabupaten, category and scale as some participant, and similar prior sales. */
export const comparisonGroup = (participants: readonly UmkOutcome[], others: readonly UmkOutcome[]): UmkOutcome[] => {
  const ids = new Set(participants.map((p) => p.businessId));
  return others.filter(
    (o) =>
      !ids.has(o.businessId) &&
      participants.some((p) => p.kabupatenId === o.kabupatenId && p.categoryId === o.categoryId && p.scale === o.scale && similarPrior(p.priorSalesIdr, o.priorSalesIdr)),
  );
};

/** Pure: the group's means; sales rounded to whole rupiah, on-time share null when nothing was delivered. */
export const groupFigures = (group: readonly UmkOutcome[]): GroupFigures => {
  const n = group.length;
  const deliveries = group.reduce((a, g) => a + g.deliveries, 0);
  return {
    count: n,
    meanSalesIdr: n === 0 ? 0 : Math.round(group.reduce((a, g) => a + g.salesIdr, 0) / n),
    meanCertificatesGained: n === 0 ? 0 : group.reduce((a, g) => a + g.certificatesGained, 0) / n,
    onTimeShare: deliveries === 0 ? null : group.reduce((a, g) => a + g.onTimeDeliveries, 0) / deliveries,
  };
};
