import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";

type PaymentState = { status: "pending" | "succeeded" | "failed" | "expired" | "refunded" };
type InvoiceState = { status: "open" | "paid" | "cancelled"; paymentId: string | null };

/** A card Checkout Session is still open: paying again now (by card or transfer) would pay twice. */
export const hasPendingCardPayment = (payments: readonly PaymentState[], invoices: readonly InvoiceState[]) =>
  payments.some((p) => p.status === "pending") || invoices.some((i) => i.status === "open" && i.paymentId !== null);

export type OrderMoneyForActions = {
  opdId: string;
  regionId: string;
  businessId: string;
  outstandingIdr: number;
  hasPendingCardPayment: boolean;
  /** Stripe is configured on this deployment. */
  cardPaymentsEnabled: boolean;
  /** The seller entered bank, account number and holder (an SP2D/UP transfer has nowhere to go otherwise). */
  sellerHasPayoutAccount: boolean;
};

export type PaymentActions = {
  payByTransfer: boolean;
  payByCard: boolean;
  /** The treasurer could pay by transfer, but the seller has not entered a payout account yet. */
  transferNeedsPayoutAccount: boolean;
};

/**
 * The OPD's treasurer pays what is owed, by SP2D/UP transfer or by KKPD card, unless a card payment is under
 * way. A transfer also needs the seller's payout account; a card payment does not (the platform holds the
 * money until it disburses it).
 */
export const paymentActions = (viewer: Viewer | null, order: OrderMoneyForActions): PaymentActions => {
  const mayPay =
    can(viewer, "payment.record", { opdId: order.opdId, regionId: order.regionId, businessId: order.businessId }) &&
    order.outstandingIdr > 0 &&
    !order.hasPendingCardPayment;
  return {
    payByTransfer: mayPay && order.sellerHasPayoutAccount,
    payByCard: mayPay && order.cardPaymentsEnabled,
    transferNeedsPayoutAccount: mayPay && !order.sellerHasPayoutAccount,
  };
};
