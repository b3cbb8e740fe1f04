import { db } from "@/db/client";
import { listUndisbursedCardPayments } from "@/db/queries/payouts";
import { authorize } from "@/lib/auth/authorize";
import { regionsWhere } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/domain/auth/roles";
import { maskAccount } from "@/lib/domain/business/bank-account";
import { witaDaysBetween } from "@/lib/domain/payments/clock";
import type { PayoutQueueRow } from "./types";

/**
 * Card money the platform holds for sellers: succeeded KKPD payments (net of refunds) without a payout,
 * oldest first — the admin's queue, and the platform's own clock (paid → disbursed). Accounts are masked
 * here; the whole number is on the seller's invoice of the order.
 */
export const listPayoutQueue = async (viewer: Viewer | null, now: Date = new Date()): Promise<PayoutQueueRow[]> => {
  const regionIds = viewer ? regionsWhere(viewer, "payout.record") : [];
  if (regionIds.length === 0) authorize(viewer, "payout.record", { regionId: "-" });
  const rows = await listUndisbursedCardPayments(db, regionIds);
  return rows.map((r) => ({
    paymentId: r.paymentId,
    orderId: r.orderId,
    orderNumber: r.orderNumber,
    business: {
      id: r.businessId, name: r.businessName, bankName: r.bankName, accountNumber: r.accountNumber ? maskAccount(r.accountNumber) : null, accountName: r.accountName, stripeAccountId: r.stripeAccountId,
    },
    amountIdr: r.amountIdr,
    paidAt: r.paidAt!.toISOString(),
    ageDays: witaDaysBetween(r.paidAt!, now),
  }));
};
