import { witaDayNumber } from "@/lib/domain/time/wita";
import { lineTotalIdr, rupiah } from "../amounts";
import type { Finding, PastOrder, Rule } from "../types";

/** Earlier orders within the window: today (WITA) and the windowDays − 1 calendar days before it. */
export const ordersInWindow = (orders: readonly PastOrder[], now: Date, windowDays: number) => {
  const today = witaDayNumber(now);
  return orders.filter((o) => today - witaDayNumber(o.at) < windowDays && o.at.getTime() <= now.getTime());
};

/**
 * SPLIT_PACKAGE (Perpres 16/2018, pemecahan paket): the same OPD buying from the same seller, or in the
 * same category, within the window, so that the sum crosses a band boundary this request alone stays under.
 */
export const splitPackage: Rule = (request, context, policy) => {
  const { enabled, windowDays, bandBoundariesIdr } = policy.rules.splitPackage;
  if (!enabled) return [];
  const recent = ordersInWindow(context.opdOrders, context.now, windowDays);

  const groups = new Map<string, { kind: "seller" | "category"; key: string; label: string; currentIdr: number; priorIdr: number }>();
  const group = (kind: "seller" | "category", key: string, label: string) => {
    const id = `${kind}:${key}`;
    if (!groups.has(id)) groups.set(id, { kind, key, label, currentIdr: 0, priorIdr: 0 });
    return groups.get(id)!;
  };
  for (const line of request.lines) {
    group("seller", line.seller.businessId, line.seller.name).currentIdr += lineTotalIdr(line);
    group("category", line.categorySlug, line.categorySlug).currentIdr += lineTotalIdr(line);
  }
  for (const order of recent) {
    for (const l of order.lines) {
      const seller = groups.get(`seller:${order.businessId}`);
      if (seller) seller.priorIdr += l.amountIdr;
      const category = groups.get(`category:${l.categorySlug}`);
      if (category) category.priorIdr += l.amountIdr;
    }
  }

  const findings: Finding[] = [];
  for (const g of groups.values()) {
    const combinedIdr = g.priorIdr + g.currentIdr;
    const crossed = [...bandBoundariesIdr].sort((a, b) => b - a).find((b) => g.currentIdr <= b && b < combinedIdr);
    if (g.priorIdr === 0 || crossed === undefined) continue;
    const subject = g.kind === "seller" ? { id: `penjual ${g.label}`, en: `seller ${g.label}` } : { id: `kategori ${g.label}`, en: `category ${g.label}` };
    findings.push({
      rule: "SPLIT_PACKAGE",
      severity: "warning",
      params: { groupBy: g.kind, key: g.key, priorIdr: g.priorIdr, currentIdr: g.currentIdr, combinedIdr, boundaryIdr: crossed, windowDays },
      message: {
        id: `Dalam ${windowDays} hari, belanja OPD ke ${subject.id} menjadi ${rupiah(combinedIdr)}, melewati batas ${rupiah(crossed)}. Pastikan ini bukan pemecahan paket; PPK dan auditor akan melihat tanda ini.`,
        en: `Within ${windowDays} days the office's spending with ${subject.en} reaches ${rupiah(combinedIdr)}, past the ${rupiah(crossed)} band. Make sure this is not package splitting; the approver and auditor will see this flag.`,
      },
    });
  }
  return findings;
};
