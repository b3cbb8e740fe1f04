import type { DbOrTx } from "@/db/client";
import { listOpportunitySignals, listSellersForOpportunities } from "@/db/queries/opportunity-alerts";
import { LOW_RESULT_MAX } from "@/lib/domain/catalog/opportunity-rules";
import { planOpportunityAlerts } from "@/lib/domain/catalog/opportunity-alerts";
import { notify } from "./notify";

/** How far back a failed search still counts as a Peluang worth telling sellers about. */
const SIGNAL_DAYS = 7;
/** The few strongest searches per category and area: enough to act on, not a flood. */
const PER_AREA = 3;

/**
 * Peluang alerts (issue 13), run by the hourly sweep inside its transaction: each Peluang of the last 7 days —
 * a category, an area (kabupaten/kota of the searching OPD, or the whole province for a provincial OPD) and a
 * search that found ≤ 3 products — is told to the sellers with active products in that category and area,
 * once per seller and Peluang (the dedupe key), through the outbox and the person's preferences. The link opens
 * the seller's new-product form as a draft with the search's name and category filled in.
 */
export const notifyOpportunities = async (tx: DbOrTx, now: Date): Promise<number> => {
  const signals = await listOpportunitySignals(tx, { since: new Date(now.getTime() - SIGNAL_DAYS * 86_400_000), lowResultMax: LOW_RESULT_MAX, perGroup: PER_AREA });
  if (signals.length === 0) return 0;
  const sellers = await listSellersForOpportunities(tx, [...new Set(signals.map((s) => s.categorySlug))]);
  // Alerts of one Peluang share text, link and key: one notify() call per Peluang, for all its sellers.
  const bySignal = new Map<string, { alert: ReturnType<typeof planOpportunityAlerts>[number]; userIds: string[] }>();
  for (const alert of planOpportunityAlerts(signals, sellers)) {
    const entry = bySignal.get(alert.dedupeKey) ?? { alert, userIds: [] };
    entry.userIds.push(alert.userId);
    bySignal.set(alert.dedupeKey, entry);
  }
  let told = 0;
  for (const { alert, userIds } of bySignal.values()) {
    told += await notify(tx, {
      kind: "opportunity.published",
      to: { userIds },
      params: { categoryName: alert.signal.categoryName, queries: alert.signal.query, area: alert.signal.kabupatenName, searches: alert.signal.searches },
      link: alert.link,
      dedupeKey: alert.dedupeKey,
      at: now,
    });
  }
  return told;
};
