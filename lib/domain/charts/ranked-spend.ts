/** Spending under one label (a kabupaten, a category, a seller), as a chart bar and a table row. */
export type LabelledSpend = { key: string; label: string; totalIdr: number };

export const OTHERS_KEY = "__others__";

/**
 * The largest `keep` entries, biggest first (ties by label, so the order is stable), the rest summed into one
 * "others" entry so a long tail fits a phone screen while the total still adds up. Zero-spend entries are dropped.
 */
export const rankSpend = (rows: readonly LabelledSpend[], keep: number, othersLabel: string): LabelledSpend[] => {
  const sorted = rows.filter((r) => r.totalIdr > 0).sort((a, b) => b.totalIdr - a.totalIdr || a.label.localeCompare(b.label));
  if (sorted.length <= keep) return sorted;
  const rest = sorted.slice(keep);
  return [...sorted.slice(0, keep), { key: OTHERS_KEY, label: othersLabel, totalIdr: rest.reduce((s, r) => s + r.totalIdr, 0) }];
};
