import "server-only";
import { db as defaultDb, type DbOrTx } from "@/db/client";
import { sumImpressionsByGroup } from "@/db/queries/exposure-counters";
import { impressionShares, windowStart, type ShareRow } from "@/lib/domain/exposure/funnel";
import { witaDate } from "@/lib/domain/time/wita";

export const SHARE_WINDOW_DAYS = 30;

export type ExposureShares = { fromDay: string; toDay: string; total: number; byKabupaten: ShareRow[]; byScale: ShareRow[] };

/**
 * Public (no sign-in, /transparansi): who the catalog showed over the last 30 WITA days, as shares of impressions
 * per seller kabupaten/kota and per scale. Aggregates only: no business is named.
 */
export const getExposureShares = async (options: { db?: DbOrTx; now?: Date } = {}): Promise<ExposureShares> => {
  const toDay = witaDate(options.now ?? new Date());
  const fromDay = windowStart(toDay, SHARE_WINDOW_DAYS);
  const groups = await sumImpressionsByGroup(options.db ?? defaultDb, { fromDay, toDay });
  const byKabupaten = impressionShares(groups.kabupaten);
  return {
    fromDay,
    toDay,
    total: byKabupaten.reduce((a, r) => a + r.impressions, 0),
    byKabupaten,
    byScale: impressionShares(groups.scale, ["mikro", "kecil", "menengah", "besar"]),
  };
};
