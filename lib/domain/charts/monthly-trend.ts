import { shareOf } from "@/lib/domain/procurement/shares";

/** One WITA calendar month's spending as a query returns it (month 1–12); months without orders are absent. */
export type MonthSpend = { month: number; totalIdr: number; umkIdr: number; localIdr: number };

export type MonthPoint = MonthSpend & { umkShare: number; localShare: number };

/**
 * The fiscal year's twelve months in order, a missing month as zero spend (share 0, shown as "no spending", not a
 * failure), each share recomputed from that month's sums. A month outside 1–12 is a caller's bug, so it throws.
 */
export const monthlyTrend = (rows: readonly MonthSpend[]): MonthPoint[] => {
  const byMonth = new Map<number, MonthSpend>();
  for (const r of rows) {
    if (!Number.isInteger(r.month) || r.month < 1 || r.month > 12) throw new RangeError(`Not a month: ${r.month}`);
    const seen = byMonth.get(r.month);
    byMonth.set(r.month, seen ? { month: r.month, totalIdr: seen.totalIdr + r.totalIdr, umkIdr: seen.umkIdr + r.umkIdr, localIdr: seen.localIdr + r.localIdr } : r);
  }
  return Array.from({ length: 12 }, (_, i) => {
    const m = byMonth.get(i + 1) ?? { month: i + 1, totalIdr: 0, umkIdr: 0, localIdr: 0 };
    return { ...m, umkShare: shareOf(m.umkIdr, m.totalIdr), localShare: shareOf(m.localIdr, m.totalIdr) };
  });
};

/** Up to this month of the year is reported: later months of the current year have not happened yet. */
export const monthsSoFar = (points: readonly MonthPoint[], fiscalYear: number, now: { year: number; month: number }) =>
  fiscalYear < now.year ? [...points] : fiscalYear > now.year ? [] : points.slice(0, now.month);
