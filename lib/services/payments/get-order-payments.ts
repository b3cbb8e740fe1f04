import { db } from "@/db/client";
import type { DbOrTx } from "@/db/client";
import { findPayoutAccount } from "@/db/queries/businesses";
import type { Viewer } from "@/lib/domain/auth/roles";
import { hasPayoutAccount } from "@/lib/domain/business/bank-account";
import { witaDaysBetween } from "@/lib/domain/payments/clock";
import { hasPendingCardPayment, paymentActions } from "@/lib/domain/payments/payment-actions";
import { latestCardPayment, paymentMilestones } from "@/lib/domain/payments/payment-progress";
import { cardPaymentsEnabled } from "@/lib/payments";
import { loadOrderFor } from "@/lib/services/procurement/order-access";
import { invoiceView, paymentView, payoutView, type OrderRow } from "@/lib/services/payments/views";
import { loadOrderMoney } from "@/lib/services/payments/settlement";
import type { OrderPaymentsView } from "./types";

/** The money view of a loaded order, for `viewer` (whose permissions decide `actions`). */
export const buildOrderPayments = async (tx: DbOrTx, viewer: Viewer | null, order: OrderRow, regionId: string): Promise<OrderPaymentsView> => {
  const [money, account] = await Promise.all([loadOrderMoney(tx, order), findPayoutAccount(tx, { businessId: order.businessId })]);
  const payments = money.payments.map((p) => paymentView(p.payment, p.recordedByName));
  const payoutRow = money.payouts[0] ?? null;
  const paidInvoices = money.invoices.filter((i) => i.status === "paid" && i.paidAt);
  const firstBast = money.invoices[0]?.issuedAt ?? null;
  const lastPaid = paidInvoices.reduce<Date | null>((max, i) => (max && max > i.paidAt! ? max : i.paidAt!), null);
  const settled = money.outstandingIdr === 0 && money.invoices.length > 0 && lastPaid !== null;
  const cardPayment = payoutRow ? money.payments.find((p) => p.payment.id === payoutRow.paymentId)?.payment : undefined;
  const invoices = money.invoices.map(invoiceView);
  return {
    invoices,
    payments,
    payout: payoutRow ? payoutView(payoutRow) : null,
    outstandingIdr: money.outstandingIdr,
    clocks: {
      bastToPaidDays: settled && firstBast ? witaDaysBetween(firstBast, lastPaid) : null,
      paidToDisbursedDays: payoutRow && cardPayment?.paidAt ? witaDaysBetween(cardPayment.paidAt, payoutRow.disbursedAt) : null,
    },
    milestones: paymentMilestones(invoices, payments),
    card: latestCardPayment(payments),
    actions: paymentActions(viewer, {
      opdId: order.opdId,
      regionId,
      businessId: order.businessId,
      outstandingIdr: money.outstandingIdr,
      hasPendingCardPayment: hasPendingCardPayment(money.payments.map((p) => p.payment), money.invoices),
      cardPaymentsEnabled: cardPaymentsEnabled(),
      sellerHasPayoutAccount: account !== null && hasPayoutAccount(account),
    }),
  };
};

/** An order's invoices, payments and payout with both clocks, for every party that may read the order. */
export const getOrderPayments = async (viewer: Viewer | null, orderId: string): Promise<OrderPaymentsView> => {
  const { order, opd } = await loadOrderFor(db, viewer, "order.read", orderId);
  return buildOrderPayments(db, viewer, order, opd.regionId);
};
