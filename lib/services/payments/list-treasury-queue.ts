import { db } from "@/db/client";
import { listOpenInvoicesOfOpds } from "@/db/queries/invoices";
import { authorize } from "@/lib/auth/authorize";
import { opdsWhere } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/domain/auth/roles";
import { hasPayoutAccount, maskAccount } from "@/lib/domain/business/bank-account";
import { isOverdue, witaDaysBetween } from "@/lib/domain/payments/clock";
import { maxDaysToPayByRegion } from "./policy-limits";
import type { TreasuryQueueRow } from "./types";

/**
 * The treasurer's queue: orders of their OPD(s) with open invoices, oldest BAST first, with the days since that
 * BAST, the overdue flag of the policy's payment clock and where the seller wants the money (masked: the
 * whole number is on the seller's invoice), or that the seller has not said yet.
 */
export const listTreasuryQueue = async (viewer: Viewer | null, filter: { opdId?: string } = {}, now: Date = new Date()): Promise<TreasuryQueueRow[]> => {
  if (filter.opdId) authorize(viewer, "payment.record", { opdId: filter.opdId });
  const opdIds = filter.opdId ? [filter.opdId] : viewer ? opdsWhere(viewer, "payment.record") : [];
  if (opdIds.length === 0) authorize(viewer, "payment.record", { opdId: "-" });
  const rows = await listOpenInvoicesOfOpds(db, opdIds);
  const limits = await maxDaysToPayByRegion(db, rows.map((r) => r.opdRegionId), now);
  const byOrder = new Map<string, TreasuryQueueRow>();
  for (const r of rows) {
    let row = byOrder.get(r.orderId);
    if (!row) {
      // Rows come oldest BAST first, so the first invoice seen starts the order's clock.
      const ageDays = witaDaysBetween(r.issuedAt, now);
      row = {
        orderId: r.orderId,
        orderNumber: r.orderNumber,
        opd: { id: r.opdId, name: r.opdName },
        business: { id: r.businessId, name: r.businessName, bankName: r.bankName, accountNumber: r.accountNumber ? maskAccount(r.accountNumber) : null, accountName: r.accountName },
        invoices: [],
        outstandingIdr: 0,
        oldestBastAt: r.issuedAt.toISOString(),
        ageDays,
        overdue: isOverdue(r.issuedAt, now, limits.get(r.opdRegionId)!),
        pendingCardPayment: false,
        payoutAccountMissing: !hasPayoutAccount(r),
      };
      byOrder.set(r.orderId, row);
    }
    row.invoices.push({ id: r.invoiceId, number: r.invoiceNumber, amountIdr: r.amountIdr, issuedAt: r.issuedAt.toISOString() });
    row.outstandingIdr += r.amountIdr;
    if (r.paymentId !== null) row.pendingCardPayment = true;
  }
  return [...byOrder.values()];
};
