import type { DbOrTx } from "@/db/client";
import { loadActivePolicy } from "@/lib/services/procurement/active-policy";

/** The payment clock limit (days) of each region's policy in force at `now`, read once per region. */
export const maxDaysToPayByRegion = async (db: DbOrTx, regionIds: Iterable<string>, now: Date) => {
  const limits = new Map<string, number>();
  for (const regionId of new Set(regionIds)) {
    limits.set(regionId, (await loadActivePolicy(db, regionId, now)).policy.rules.paymentClock.maxDaysToPay);
  }
  return limits;
};
