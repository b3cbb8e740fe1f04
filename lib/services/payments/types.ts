// The shapes the payments services return: pages, server actions and the API all read these.
// Money is whole rupiah; times are ISO strings (UTC), shown in WITA.

import type { PaymentActions } from "@/lib/domain/payments/payment-actions";
import type { CardPaymentResult, InvoiceStamp, PaymentMilestones } from "@/lib/domain/payments/payment-progress";

export type PaymentMethod = "kkpd_card" | "sp2d" | "up";
export type PaymentStatus = "pending" | "succeeded" | "failed" | "expired" | "refunded";
export type InvoiceStatus = "open" | "paid" | "cancelled";

export type PayoutAccount = { bankName: string | null; accountNumber: string | null; accountName: string | null };

export type InvoiceView = {
  id: string;
  number: string;
  amountIdr: number;
  status: InvoiceStatus;
  issuedAt: string;
  paidAt: string | null;
  receiptId: string;
  bastNumber: string;
};

/** Printable invoice: the seller bills the OPD for what one BAST received. */
export type InvoiceDetailView = InvoiceView & {
  /** paid (with its date) or cancelled, stamped on the printout; null while open. */
  stamp: InvoiceStamp;
  order: { id: string; number: string };
  seller: { id: string; name: string; nib: string; address: string; kabupaten: string } & PayoutAccount;
  buyer: { opdId: string; opdName: string };
  bast: { number: string; signedAt: string; signerName: string };
  lines: Array<{ title: string; quantity: number; unitPriceIdr: number; totalIdr: number }>;
};

export type PaymentView = {
  id: string;
  method: PaymentMethod;
  status: PaymentStatus;
  amountIdr: number;
  reference: string | null;
  paidAt: string | null;
  refundedAmountIdr: number;
  refundedAt: string | null;
  recordedBy: { id: string; name: string } | null;
};

export type PayoutView = {
  id: string;
  paymentId: string;
  method: "bank_transfer" | "stripe_transfer";
  amountIdr: number;
  reference: string;
  disbursedAt: string;
  bankName: string | null;
  /** Masked except the last four digits. */
  accountNumber: string | null;
  /** The Stripe Connect transfer (tr_…) the platform made, for method stripe_transfer. */
  stripeTransferId?: string | null;
};

/** What an order's page shows about money: invoices, payments, payout and the two clocks. */
export type OrderPaymentsView = {
  invoices: InvoiceView[];
  payments: PaymentView[];
  payout: PayoutView | null;
  outstandingIdr: number;
  /** BAST → paid (the office's clock) and paid → disbursed (the platform's, card payments only), in days. */
  clocks: { bastToPaidDays: number | null; paidToDisbursedDays: number | null };
  /** invoice → paid → disbursed dates, and whether card money passed through the platform (a payout follows). */
  milestones: PaymentMilestones;
  /** The latest card payment, and its state as the treasurer back from Stripe reads it. */
  card: { state: CardPaymentResult; payment: PaymentView | null };
  /** What the viewer may do now; the UI hides what is false. */
  actions: PaymentActions;
};

export type TreasuryQueueRow = {
  orderId: string;
  orderNumber: string;
  opd: { id: string; name: string };
  business: { id: string; name: string } & PayoutAccount;
  invoices: Array<{ id: string; number: string; amountIdr: number; issuedAt: string }>;
  outstandingIdr: number;
  /** The oldest unpaid BAST: the payment clock of this order started then. */
  oldestBastAt: string;
  ageDays: number;
  overdue: boolean;
  /** A card Checkout Session is open for this order: paying by transfer now would pay twice. */
  pendingCardPayment: boolean;
};

export type PayoutQueueRow = {
  paymentId: string;
  orderId: string;
  orderNumber: string;
  business: { id: string; name: string } & PayoutAccount & { stripeAccountId: string | null };
  amountIdr: number;
  paidAt: string;
  ageDays: number;
};

export type PaymentClockOpdRow = {
  opdId: string;
  name: string;
  paidCount: number;
  medianDays: number | null;
  p90Days: number | null;
  openCount: number;
  overdueCount: number;
};

export type PaymentClockView = {
  fiscalYear: number;
  maxDaysToPay: number;
  opds: PaymentClockOpdRow[];
  /** Empty on the public page: it shows days-to-pay per OPD only, no orders or people. */
  overdue: Array<{ orderId: string; orderNumber: string; opdName: string; businessName: string; bastAt: string; ageDays: number; outstandingIdr: number }>;
};

/**
 * The platform's clock over a fiscal year (WITA): card payments paid that year, days paid → disbursed for those
 * disbursed, and those still waiting with the longest wait. Figures only — no payments, orders or sellers.
 */
export type PayoutClockView = {
  fiscalYear: number;
  disbursedCount: number;
  medianDays: number | null;
  p90Days: number | null;
  waitingCount: number;
  oldestWaitDays: number | null;
};
