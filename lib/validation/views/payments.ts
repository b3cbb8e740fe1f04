import { z } from "zod";
import { idr, isoInstant } from "./primitives";

// What the payments services return and the API documents: each shape written once, its type inferred.
// Money is whole rupiah; these views already hold their times as ISO strings (UTC), shown in WITA.

export const paymentMethodSchema = z.enum(["kkpd_card", "sp2d", "up"]);
export const paymentStatusSchema = z
  .enum(["pending", "succeeded", "failed", "expired", "refunded"])
  .describe("pending: an open Checkout Session; transfers are recorded succeeded.");
export const invoiceStatusSchema = z.enum(["open", "paid", "cancelled"]);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;
export type PaymentStatus = z.infer<typeof paymentStatusSchema>;
export type InvoiceStatus = z.infer<typeof invoiceStatusSchema>;

export const payoutAccountSchema = z.object({
  bankName: z.string().nullable(),
  accountNumber: z.string().nullable().describe("Masked (•••• 1234) in queues; in full only on the seller's printed invoice."),
  accountName: z.string().nullable(),
});
export type PayoutAccount = z.infer<typeof payoutAccountSchema>;

export const invoiceViewSchema = z.object({
  id: z.uuid(), number: z.string().describe("e.g. INV/2026/DISPAR/000045: one invoice per BAST."), amountIdr: idr.describe("The BAST's received value."),
  status: invoiceStatusSchema, issuedAt: isoInstant.describe("The BAST's time: the payment clock starts here."), paidAt: isoInstant.nullable(),
  receiptId: z.uuid(), bastNumber: z.string(),
});
export type InvoiceView = z.infer<typeof invoiceViewSchema>;

/** Printable invoice: the seller bills the OPD for what one BAST received. */
export const invoiceDetailViewSchema = invoiceViewSchema.extend({
  stamp: z.union([z.object({ kind: z.literal("paid"), at: isoInstant }), z.object({ kind: z.literal("cancelled") })]).nullable()
    .describe("What the printout is stamped with; null while open."),
  order: z.object({ id: z.uuid(), number: z.string() }),
  seller: z.object({ id: z.uuid(), name: z.string(), nib: z.string(), address: z.string(), kabupaten: z.string(), ...payoutAccountSchema.shape }),
  buyer: z.object({ opdId: z.uuid(), opdName: z.string() }),
  bast: z.object({ number: z.string(), signedAt: isoInstant, signerName: z.string() }),
  lines: z.array(z.object({ title: z.string(), quantity: z.number().int(), unitPriceIdr: idr, totalIdr: idr })),
});
export type InvoiceDetailView = z.infer<typeof invoiceDetailViewSchema>;

export const paymentViewSchema = z.object({
  id: z.uuid(), method: paymentMethodSchema, status: paymentStatusSchema,
  amountIdr: idr, reference: z.string().nullable().describe("SP2D/UP number; null for cards."), paidAt: isoInstant.nullable(),
  refundedAmountIdr: idr, refundedAt: isoInstant.nullable(), recordedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type PaymentView = z.infer<typeof paymentViewSchema>;

export const recordedPaymentViewSchema = paymentViewSchema.extend({
  orderId: z.uuid(),
  orderStatus: z.enum(["invoiced", "paid", "closed"])
    .describe("paid when nothing is owed and nothing remains to receive; closed when, in addition, every succeeded card payment of the order has been disbursed."),
  invoiceIds: z.array(z.uuid()),
});
export type RecordedPaymentView = z.infer<typeof recordedPaymentViewSchema>;

export const payoutViewSchema = z.object({
  id: z.uuid(), paymentId: z.uuid(), method: z.enum(["bank_transfer", "stripe_transfer"]), amountIdr: idr, reference: z.string(), disbursedAt: isoInstant,
  bankName: z.string().nullable(), accountNumber: z.string().nullable().describe("Masked except the last four digits."),
  stripeTransferId: z.string().nullable().optional().describe("The Stripe Connect transfer (tr_…) the platform made, for stripe_transfer."),
});
export type PayoutView = z.infer<typeof payoutViewSchema>;

export const recordedPayoutViewSchema = payoutViewSchema.extend({ orderStatus: z.string().describe("closed once a fully paid card order is disbursed.") });
export type RecordedPayoutView = z.infer<typeof recordedPayoutViewSchema>;

/** What an order's page shows about money: invoices, payments, payout and the two clocks. */
export const orderPaymentsViewSchema = z.object({
  invoices: z.array(invoiceViewSchema), payments: z.array(paymentViewSchema), payout: payoutViewSchema.nullable(), outstandingIdr: idr,
  clocks: z.object({
    bastToPaidDays: z.number().int().nullable().describe("WITA calendar days from the first BAST to the last payment, once fully paid."),
    paidToDisbursedDays: z.number().int().nullable().describe("The platform's clock, card payments only."),
  }),
  milestones: z.object({
    invoicedAt: isoInstant.nullable(), paidAt: isoInstant.nullable().describe("Once every live invoice is paid."),
    viaPlatform: z.boolean().describe("Card money passed through the platform: a payout to the seller follows."),
  }),
  card: z.object({
    state: z.enum(["none", "confirmed", "waiting", "failed"]).describe("As the page Stripe returns to reads it: confirmed once the webhook recorded success."),
    payment: paymentViewSchema.nullable().describe("The latest KKPD card payment."),
  }),
  actions: z.object({
    payByTransfer: z.boolean().describe("False while the seller has no payout bank account."),
    payByCard: z.boolean().describe("False without Stripe configured."),
    transferNeedsPayoutAccount: z.boolean().describe("The viewer could pay by transfer, but the seller has not entered a payout account (a transfer would be 422)."),
  }).describe("What the viewer may do now; the UI hides what is false."),
});
export type OrderPaymentsView = z.infer<typeof orderPaymentsViewSchema>;

export const checkoutSessionViewSchema = z.object({ url: z.string().describe("Stripe Checkout: send the treasurer's browser here."), sessionId: z.string() });
export type CheckoutSessionView = z.infer<typeof checkoutSessionViewSchema>;

export const stripeWebhookResultSchema = z.object({
  received: z.literal(true), duplicate: z.literal(true).optional().describe("The event id was already processed: nothing was done."),
  outcome: z.string().optional().describe("What the handler did, e.g. payment_succeeded, payment_expired, refunded, deferred, ignored."),
});

export const treasuryQueueRowSchema = z.object({
  orderId: z.uuid(), orderNumber: z.string(), opd: z.object({ id: z.uuid(), name: z.string() }),
  business: z.object({ id: z.uuid(), name: z.string(), ...payoutAccountSchema.shape }),
  invoices: z.array(z.object({ id: z.uuid(), number: z.string(), amountIdr: idr, issuedAt: isoInstant })),
  outstandingIdr: idr, oldestBastAt: isoInstant.describe("The oldest unpaid BAST: the payment clock of this order started then."),
  ageDays: z.number().int().describe("WITA calendar days since the oldest unpaid BAST."),
  overdue: z.boolean().describe("Older than the policy's paymentClock.maxDaysToPay (default 7)."),
  pendingCardPayment: z.boolean().describe("A Checkout Session is open: a transfer now would pay twice (409)."),
  payoutAccountMissing: z.boolean().describe("The seller has not entered a payout bank account: a transfer payment is refused (422) until they do."),
});
export type TreasuryQueueRow = z.infer<typeof treasuryQueueRowSchema>;

export const payoutQueueRowSchema = z.object({
  paymentId: z.uuid(), orderId: z.uuid(), orderNumber: z.string(),
  business: z.object({ id: z.uuid(), name: z.string(), ...payoutAccountSchema.shape, stripeAccountId: z.string().nullable() }),
  amountIdr: idr.describe("Net of refunds."), paidAt: isoInstant, ageDays: z.number().int(),
});
export type PayoutQueueRow = z.infer<typeof payoutQueueRowSchema>;

export const paymentClockOpdRowSchema = z.object({
  opdId: z.uuid(), name: z.string(), paidCount: z.number().int().describe("Invoices (BASTs) of the year paid."),
  medianDays: z.number().nullable(), p90Days: z.number().int().nullable().describe("Nearest rank."),
  openCount: z.number().int().describe("Orders owing money."), overdueCount: z.number().int(),
});
export type PaymentClockOpdRow = z.infer<typeof paymentClockOpdRowSchema>;

export const paymentClockViewSchema = z.object({
  fiscalYear: z.number().int(), maxDaysToPay: z.number().int(),
  opds: z.array(paymentClockOpdRowSchema),
  overdue: z.array(z.object({
    orderId: z.uuid(), orderNumber: z.string(), opdName: z.string(), businessName: z.string(), bastAt: isoInstant, ageDays: z.number().int(), outstandingIdr: idr,
  })).describe("Empty in the public view: it shows days-to-pay per OPD only, no orders or people."),
  ageBuckets: z.array(z.object({
    fromDays: z.number().int(), toDays: z.number().int().nullable().describe("Inclusive; null for the last, open-ended bucket."),
    isLate: z.boolean().describe("Past maxDaysToPay."),
    paid: z.number().int().describe("Invoices paid whose BAST → paid days fall in the bucket."),
    open: z.number().int().describe("Orders still owing money whose oldest unpaid BAST is that many days old today."),
  })).describe("The payment-age distribution over every OPD of the view, buckets cut at maxDaysToPay: counts only."),
});
export type PaymentClockView = z.infer<typeof paymentClockViewSchema>;

/**
 * The platform's clock over a fiscal year (WITA): card payments paid that year, days paid → disbursed for those
 * disbursed, and those still waiting with the longest wait. Figures only — no payments, orders or sellers.
 */
export const payoutClockViewSchema = z.object({
  fiscalYear: z.number().int(),
  disbursedCount: z.number().int().describe("Card payments paid in the fiscal year (WITA) and disbursed to the seller."),
  medianDays: z.number().nullable().describe("WITA calendar days paid → disbursed; the mean of the two middle values for an even count."),
  p90Days: z.number().int().nullable().describe("Nearest rank."),
  waitingCount: z.number().int().describe("Card payments of the year the platform still owes sellers."),
  oldestWaitDays: z.number().int().nullable().describe("Days the longest-waiting of those has waited so far."),
});
export type PayoutClockView = z.infer<typeof payoutClockViewSchema>;

export const closedRemainderViewSchema = z.object({
  id: z.uuid(), number: z.string(), status: z.enum(["received", "invoiced", "paid", "closed"]), totalIdr: idr.describe("The order's total is now what was received."),
  releasedBudgetIdr: idr, closedLines: z.array(z.object({ orderLineId: z.uuid(), title: z.string(), quantity: z.number().int() })),
});
export type ClosedRemainderView = z.infer<typeof closedRemainderViewSchema>;
