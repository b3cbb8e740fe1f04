import { db } from "@/db/client";
import { listCardPaymentsForPayoutClock } from "@/db/queries/payouts";
import { authorize } from "@/lib/auth/authorize";
import { regionsWhere } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/domain/auth/roles";
import { platformClock } from "@/lib/domain/payments/clock";
import { fiscalYearRange } from "@/lib/domain/time/wita";
import type { PayoutClockView } from "./types";

/**
 * The platform's clock (paid → disbursed) for card payments paid in the fiscal year. Signed in (payout.record):
 * the regions the viewer disburses for. `publicView`: the whole platform, no sign-in — figures only, nothing
 * that names an order, a seller or a person.
 */
export const payoutClock = async (
  viewer: Viewer | null,
  options: { fiscalYear: number; publicView?: boolean },
  now: Date = new Date(),
): Promise<PayoutClockView> => {
  let regionIds: string[] | undefined;
  if (!options.publicView) {
    regionIds = viewer ? regionsWhere(viewer, "payout.record") : [];
    if (regionIds.length === 0) authorize(viewer, "payout.record", { regionId: "-" });
  }
  const { from, to } = fiscalYearRange(options.fiscalYear);
  const rows = await listCardPaymentsForPayoutClock(db, { regionIds, from, to });
  return { fiscalYear: options.fiscalYear, ...platformClock(rows.map((r) => ({ paidAt: r.paidAt!, disbursedAt: r.disbursedAt })), now) };
};
