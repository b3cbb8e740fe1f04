// The payments use-cases: pages, server actions and API routes import from here.
export { cardPaymentsEnabled } from "@/lib/payments";
export { closeRemaining } from "./close-remaining";
export { getInvoice } from "./get-invoice";
export { buildOrderPayments, getOrderPayments } from "./get-order-payments";
export { handleStripeWebhook, type WebhookResult } from "./handle-stripe-webhook";
export { listPayoutQueue } from "./list-payout-queue";
export { listTreasuryQueue } from "./list-treasury-queue";
export { overduePaymentsByOpd, paymentClock } from "./payment-clock";
export { payoutClock } from "./payout-clock";
export { recordPayout } from "./record-payout";
export { recordTransferPayment } from "./record-transfer-payment";
export { startCardCheckout } from "./start-card-checkout";
export type * from "./types";
