import { rupiah } from "@/lib/domain/compliance/amounts";
import type { CompliancePolicy } from "@/lib/domain/compliance/policy";
import type { Finding, Verdict } from "@/lib/domain/compliance/types";

export const EVENT_ITEM_CATEGORIES = ["konsumsi", "cendera_mata", "dekorasi", "seragam", "atk", "lainnya"] as const;
export type EventItemCategory = (typeof EVENT_ITEM_CATEGORIES)[number];

/**
 * What an event used. `verified` items take UMK and local status from the platform business's snapshot;
 * `declared` ones (off-platform suppliers) carry what the organizer declared, weighed separately.
 */
export type EventItem = {
  category: EventItemCategory;
  amountIdr: number;
  isUmk: boolean;
  isLocal: boolean;
  source: "verified" | "declared";
};

export type ShareTotals = { totalIdr: number; localUmkIdr: number; share: number };

/** The one rule an event is weighed by. */
export type EventFinding = Finding & { rule: "EVENT_LOCAL_CONSUMPTION" };

export type EventCompliance = ShareTotals & {
  consumption: ShareTotals;
  byCategory: Record<EventItemCategory, ShareTotals>;
  /** The part of the local-UMK amount that rests on declarations, not on verified snapshots. */
  declared: { totalIdr: number; localUmkIdr: number; count: number };
  verdict: Verdict;
  findings: EventFinding[];
};

const totalsOf = (items: readonly EventItem[]): ShareTotals => {
  const totalIdr = items.reduce((sum, i) => sum + i.amountIdr, 0);
  const localUmkIdr = items.filter((i) => i.isUmk && i.isLocal).reduce((sum, i) => sum + i.amountIdr, 0);
  return { totalIdr, localUmkIdr, share: totalIdr === 0 ? 0 : localUmkIdr / totalIdr };
};

const percent = (share: number) => `${Math.floor(share * 1000) / 10}%`;

/**
 * Pure: an event's local-UMK shares overall and per category, and EVENT_LOCAL_CONSUMPTION (Banyuwangi
 * circular): konsumsi must come from local UMK at least at the policy's share (default 100 %).
 */
export const evaluateEvent = (items: readonly EventItem[], policy: CompliancePolicy): EventCompliance => {
  const byCategory = Object.fromEntries(
    EVENT_ITEM_CATEGORIES.map((c) => [c, totalsOf(items.filter((i) => i.category === c))]),
  ) as Record<EventItemCategory, ShareTotals>;
  const consumption = byCategory.konsumsi;
  const declaredItems = items.filter((i) => i.source === "declared");
  const declaredTotals = totalsOf(declaredItems);
  const declared = { totalIdr: declaredTotals.totalIdr, localUmkIdr: declaredTotals.localUmkIdr, count: declaredItems.length };

  const findings: EventFinding[] = [];
  const { enabled, minLocalUmkShare } = policy.rules.eventLocalConsumption;
  if (enabled && consumption.totalIdr > 0 && consumption.share < minLocalUmkShare) {
    const shortfallIdr = Math.ceil(minLocalUmkShare * consumption.totalIdr) - consumption.localUmkIdr;
    findings.push({
      rule: "EVENT_LOCAL_CONSUMPTION",
      severity: "warning",
      params: { share: consumption.share, minShare: minLocalUmkShare, shortfallIdr },
      message: {
        id: `Konsumsi dari UMK lokal baru ${percent(consumption.share)}, di bawah ${percent(minLocalUmkShare)}. Pesan konsumsi dari UMK lokal terverifikasi senilai setidaknya ${rupiah(shortfallIdr)} lagi, atau catat alasannya.`,
        en: `Only ${percent(consumption.share)} of consumption came from local UMK, below ${percent(minLocalUmkShare)}. Order at least ${rupiah(shortfallIdr)} more from verified local UMK, or record why.`,
      },
    });
  }
  return { ...totalsOf(items), consumption, byCategory, declared, verdict: findings.length > 0 ? "needs_justification" : "allow", findings };
};
