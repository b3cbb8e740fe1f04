/** The seller funnel and the public shares of impressions: small pure arithmetic, kept apart for tests. */

export type FunnelStage = "impressions" | "productViews" | "cartAdds" | "orders";
export const FUNNEL_STAGES: readonly FunnelStage[] = ["impressions", "productViews", "cartAdds", "orders"];

export type FunnelStep = { stage: FunnelStage; count: number; /** Of the stage before (null for the first, or when it was 0). */ rateFromPrevious: number | null };

/** Each stage with its conversion from the one before. Rates above 1 are possible (a link opened directly) and shown as they are. */
export const funnelSteps = (totals: Record<FunnelStage, number>): FunnelStep[] =>
  FUNNEL_STAGES.map((stage, i) => {
    const previous = i === 0 ? null : totals[FUNNEL_STAGES[i - 1]!];
    return { stage, count: totals[stage], rateFromPrevious: previous ? totals[stage] / previous : null };
  });

export type ShareRow = { name: string; impressions: number; share: number };

/** Each group's share of all impressions (0..1), largest first; groups listed in `always` appear even at 0. */
export const impressionShares = (rows: ReadonlyArray<{ name: string; impressions: number }>, always: readonly string[] = []): ShareRow[] => {
  const byName = new Map<string, number>(always.map((n) => [n, 0]));
  for (const r of rows) byName.set(r.name, (byName.get(r.name) ?? 0) + r.impressions);
  const total = [...byName.values()].reduce((a, b) => a + b, 0);
  return [...byName.entries()]
    .map(([name, impressions]) => ({ name, impressions, share: total === 0 ? 0 : impressions / total }))
    .sort((a, b) => b.impressions - a.impressions || a.name.localeCompare(b.name, "id"));
};

/** The WITA day `days - 1` days before `today` (inclusive windows of `days` days end today). */
export const windowStart = (today: string, days: number): string => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - (days - 1));
  return d.toISOString().slice(0, 10);
};
