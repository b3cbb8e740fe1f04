import { sql } from "drizzle-orm";
import { bigint, check, index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { businesses } from "./catalog";
import { orders, receipts } from "./procurement";
import { users } from "./users";

export const invoiceStatus = pgEnum("invoice_status", ["open", "paid", "cancelled"]);
export const paymentMethod = pgEnum("payment_method", ["kkpd_card", "sp2d", "up"]);
/** `pending` is an open Stripe Checkout Session; transfers are recorded already `succeeded`. */
export const paymentStatus = pgEnum("payment_status", ["pending", "succeeded", "failed", "expired", "refunded"]);
export const payoutMethod = pgEnum("payout_method", ["bank_transfer", "stripe_transfer"]);

/**
 * One invoice per BAST, for the value that BAST received; issued in the receiving transaction. The payment
 * clock of an invoice runs from its BAST (`issued_at`) to `paid_at`.
 */
export const invoices = pgTable(
  "invoices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: text("number").notNull().unique(),
    orderId: uuid("order_id").notNull().references(() => orders.id),
    receiptId: uuid("receipt_id").notNull().references(() => receipts.id).unique("invoices_receipt_unique"),
    amountIdr: bigint("amount_idr", { mode: "number" }).notNull(),
    status: invoiceStatus("status").notNull().default("open"),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull(),
    paymentId: uuid("payment_id").references((): AnyPgColumn => payments.id),
    paidAt: timestamp("paid_at", { withTimezone: true }),
  },
  (t) => [
    check("invoices_amount_positive", sql`${t.amountIdr} > 0`),
    check("invoices_paid_has_payment", sql`${t.status} <> 'paid' OR (${t.paymentId} IS NOT NULL AND ${t.paidAt} IS NOT NULL)`),
    index("invoices_order").on(t.orderId),
    index("invoices_status_issued").on(t.status, t.issuedAt),
  ],
);

/**
 * A payment of an order's open invoices. A transfer reference (SP2D/UP number) is used once; a Checkout
 * Session pays once. At most one succeeded-or-pending payment covers an invoice (invoices.payment_id).
 */
export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id").notNull().references(() => orders.id),
    method: paymentMethod("method").notNull(),
    status: paymentStatus("status").notNull(),
    amountIdr: bigint("amount_idr", { mode: "number" }).notNull(),
    reference: text("reference"),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    recordedBy: uuid("recorded_by").references(() => users.id),
    stripeCheckoutSessionId: text("stripe_checkout_session_id").unique("payments_stripe_session_unique"),
    stripePaymentIntentId: text("stripe_payment_intent_id"),
    refundedAt: timestamp("refunded_at", { withTimezone: true }),
    refundedAmountIdr: bigint("refunded_amount_idr", { mode: "number" }).notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("payments_amount_positive", sql`${t.amountIdr} > 0`),
    check("payments_refund_within", sql`${t.refundedAmountIdr} BETWEEN 0 AND ${t.amountIdr}`),
    check("payments_transfer_has_reference", sql`${t.method} = 'kkpd_card' OR ${t.reference} IS NOT NULL`),
    check("payments_succeeded_has_time", sql`${t.status} NOT IN ('succeeded', 'refunded') OR ${t.paidAt} IS NOT NULL`),
    uniqueIndex("payments_transfer_reference_unique").on(t.method, t.reference).where(sql`${t.method} IN ('sp2d', 'up')`),
    index("payments_order").on(t.orderId),
  ],
);

/** The platform's disbursement of card money to the seller (bank transfer by default; Connect where set up). */
export const payouts = pgTable(
  "payouts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    paymentId: uuid("payment_id").notNull().references(() => payments.id).unique("payouts_payment_unique"),
    orderId: uuid("order_id").notNull().references(() => orders.id),
    businessId: uuid("business_id").notNull().references(() => businesses.id),
    method: payoutMethod("method").notNull(),
    amountIdr: bigint("amount_idr", { mode: "number" }).notNull(),
    reference: text("reference").notNull(),
    bankName: text("bank_name"),
    accountNumber: text("account_number"),
    accountName: text("account_name"),
    stripeTransferId: text("stripe_transfer_id"),
    disbursedAt: timestamp("disbursed_at", { withTimezone: true }).notNull(),
    recordedBy: uuid("recorded_by").notNull().references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("payouts_amount_positive", sql`${t.amountIdr} > 0`), index("payouts_business").on(t.businessId)],
);

/** Every Stripe webhook event id processed, inserted in the handling transaction: the exactly-once key. */
export const stripeEvents = pgTable("stripe_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  stripeCreatedAt: timestamp("stripe_created_at", { withTimezone: true }).notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  outcome: text("outcome").notNull(),
  payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
});
