import type { SellerSpendRow } from "../facts";
import { groupBy } from "../group-by";
import type { RedFlagPolicy } from "../policy";
import { flagKey, type Named, type RedFlag } from "../types";

export type Concentration = { totalIdr: number; orders: number; sellers: number; hhi: number; topShare: number; top: { id: string; name: string } | null; lastOrderAt: Date | null };

/** Herfindahl–Hirschman index (sum of squared shares, 0–1) and the largest seller's share of an OPD's spend. */
export const concentrationOf = (rows: readonly SellerSpendRow[]): Concentration => {
  const totalIdr = rows.reduce((s, r) => s + r.spendIdr, 0);
  const orders = rows.reduce((s, r) => s + r.orders, 0);
  let hhi = 0;
  let top: SellerSpendRow | null = null;
  let lastOrderAt: Date | null = null;
  for (const r of rows) {
    const share = totalIdr === 0 ? 0 : r.spendIdr / totalIdr;
    hhi += share * share;
    if (!top || r.spendIdr > top.spendIdr || (r.spendIdr === top.spendIdr && r.businessId < top.businessId)) top = r;
    if (!lastOrderAt || r.lastOrderAt > lastOrderAt) lastOrderAt = r.lastOrderAt;
  }
  return {
    totalIdr,
    orders,
    sellers: rows.length,
    hhi: totalIdr === 0 ? 0 : hhi,
    topShare: totalIdr === 0 || !top ? 0 : top.spendIdr / totalIdr,
    top: top ? { id: top.businessId, name: top.businessName } : null,
    lastOrderAt,
  };
};

/**
 * An OPD whose year's spend sits with few sellers: HHI above `concentrationMaxHhi` or the top seller above
 * `concentrationMaxTopShare`, judged only from `concentrationMinOrders` orders on.
 */
export const spendConcentrationFlags = (rows: readonly SellerSpendRow[], opds: ReadonlyMap<string, Named>, policy: RedFlagPolicy, fiscalYear: number): RedFlag[] => {
  const byOpd = groupBy(rows, (r) => r.opdId);
  const flags: RedFlag[] = [];
  for (const [opdId, sellers] of byOpd) {
    const c = concentrationOf(sellers);
    if (c.orders < policy.concentrationMinOrders || c.totalIdr === 0) continue;
    if (c.hhi <= policy.concentrationMaxHhi && c.topShare <= policy.concentrationMaxTopShare) continue;
    flags.push({
      key: flagKey("spend_concentration", fiscalYear, opdId),
      kind: "spend_concentration",
      fiscalYear,
      opdIds: [opdId],
      at: c.lastOrderAt!,
      links: [{ type: "opd", id: opdId, label: opds.get(opdId)?.name ?? opdId }],
      params: {
        hhi: Math.round(c.hhi * 10_000) / 10_000,
        maxHhi: policy.concentrationMaxHhi,
        topShare: Math.round(c.topShare * 10_000) / 10_000,
        maxTopShare: policy.concentrationMaxTopShare,
        topSeller: c.top?.name ?? null,
        sellers: c.sellers,
        orders: c.orders,
        totalIdr: c.totalIdr,
      },
    });
  }
  return flags;
};
