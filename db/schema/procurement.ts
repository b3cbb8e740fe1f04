import { sql } from "drizzle-orm";
import {
  bigint, boolean, check, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { events } from "./events";
import { businessScale, businesses, products } from "./catalog";
import { budgetLines, opds, regions } from "./regions";
import { users } from "./users";

/** A region's compliance policy, one row per version; requests store the version that judged them. */
export const policies = pgTable(
  "policies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionId: uuid("region_id").notNull().references(() => regions.id),
    version: integer("version").notNull(),
    effectiveFrom: date("effective_from").notNull(),
    rules: jsonb("rules").$type<Record<string, unknown>>().notNull(),
    note: text("note").notNull().default(""),
    authorId: uuid("author_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("policies_region_version").on(t.regionId, t.version)],
);

/** Public holidays (and cuti bersama) skipped when counting an approver's 3 working days. */
export const holidays = pgTable(
  "holidays",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    regionId: uuid("region_id").notNull().references(() => regions.id),
    date: date("date").notNull(),
    name: text("name").notNull(),
  },
  (t) => [unique("holidays_region_date").on(t.regionId, t.date)],
);

/** A buyer's persisted cart: one row per product. */
export const cartItems = pgTable(
  "cart_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    buyerId: uuid("buyer_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    productId: uuid("product_id").notNull().references(() => products.id),
    quantity: integer("quantity").notNull(),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("cart_items_buyer_product").on(t.buyerId, t.productId), check("cart_items_quantity_positive", sql`${t.quantity} > 0`)],
);

export const purchaseRequestStatus = pgEnum("purchase_request_status", [
  "draft", "submitted", "approved", "rejected", "returned", "ordered", "cancelled",
]);
export const justificationCode = pgEnum("justification_code", ["no_umk_supplier", "technical_spec", "emergency"]);

export const purchaseRequests = pgTable(
  "purchase_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: text("number").notNull().unique(),
    opdId: uuid("opd_id").notNull().references(() => opds.id),
    budgetLineId: uuid("budget_line_id").notNull().references(() => budgetLines.id),
    buyerId: uuid("buyer_id").notNull().references(() => users.id),
    purpose: text("purpose").notNull(),
    neededBy: date("needed_by"),
    eventId: uuid("event_id").references((): AnyPgColumn => events.id),
    status: purchaseRequestStatus("status").notNull().default("draft"),
    justificationCode: justificationCode("justification_code"),
    justificationText: text("justification_text"),
    totalIdr: bigint("total_idr", { mode: "number" }).notNull(),
    complianceDecision: jsonb("compliance_decision").$type<Record<string, unknown>>(),
    policyId: uuid("policy_id").references(() => policies.id),
    policyVersion: integer("policy_version"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => users.id),
    decisionNote: text("decision_note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("purchase_requests_total_non_negative", sql`${t.totalIdr} >= 0`),
    check("purchase_requests_no_self_decision", sql`${t.decidedBy} IS NULL OR ${t.decidedBy} <> ${t.buyerId}`),
    check(
      "purchase_requests_submitted_has_decision",
      sql`${t.status} IN ('draft', 'cancelled') OR (${t.complianceDecision} IS NOT NULL AND ${t.policyVersion} IS NOT NULL)`,
    ),
    index("purchase_requests_opd_status").on(t.opdId, t.status),
  ],
);

/**
 * A requested line with the seller as it stood at submission. Shares and audits are computed from
 * these snapshot columns only, never from the live business row.
 */
export const requestLines = pgTable(
  "request_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => purchaseRequests.id, { onDelete: "cascade" }),
    productId: uuid("product_id").notNull().references(() => products.id),
    title: text("title").notNull(),
    categorySlug: text("category_slug").notNull(),
    isFood: boolean("is_food").notNull(),
    quantity: integer("quantity").notNull(),
    unitPriceIdr: bigint("unit_price_idr", { mode: "number" }).notNull(),
    lineTotalIdr: bigint("line_total_idr", { mode: "number" })
      .notNull()
      .generatedAlwaysAs(sql`quantity * unit_price_idr`),
    businessId: uuid("business_id").notNull().references(() => businesses.id),
    sellerNib: text("seller_nib").notNull(),
    sellerName: text("seller_name").notNull(),
    sellerScale: businessScale("seller_scale").notNull(),
    sellerIsUmk: boolean("seller_is_umk").notNull(),
    sellerKabupaten: text("seller_kabupaten").notNull(),
    sellerProvinceRegionId: uuid("seller_province_region_id").notNull().references(() => regions.id),
    sellerVerifiedAt: timestamp("seller_verified_at", { withTimezone: true }),
    isLocal: boolean("is_local").notNull(),
  },
  (t) => [
    check("request_lines_quantity_positive", sql`${t.quantity} > 0`),
    check("request_lines_price_positive", sql`${t.unitPriceIdr} > 0`),
    index("request_lines_request").on(t.requestId),
  ],
);

export const orderStatus = pgEnum("order_status", [
  "placed", "accepted", "declined", "shipped", "received", "invoiced", "paid", "closed", "cancelled",
]);

/** One order per seller per approved request; its number is the Surat Pesanan number. */
export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: text("number").notNull().unique(),
    requestId: uuid("request_id").notNull().references(() => purchaseRequests.id),
    businessId: uuid("business_id").notNull().references(() => businesses.id),
    opdId: uuid("opd_id").notNull().references(() => opds.id),
    budgetLineId: uuid("budget_line_id").notNull().references(() => budgetLines.id),
    status: orderStatus("status").notNull().default("placed"),
    totalIdr: bigint("total_idr", { mode: "number" }).notNull(),
    /**
     * The UMK and local parts of the total, summed from the order lines' snapshots in the approving
     * transaction, so the yearly summary adds up orders instead of every line.
     */
    umkTotalIdr: bigint("umk_total_idr", { mode: "number" }).notNull().default(0),
    localTotalIdr: bigint("local_total_idr", { mode: "number" }).notNull().default(0),
    placedAt: timestamp("placed_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    declinedAt: timestamp("declined_at", { withTimezone: true }),
    declineReason: text("decline_reason"),
    shippedAt: timestamp("shipped_at", { withTimezone: true }),
    shipNote: text("ship_note"),
    receivedAt: timestamp("received_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelReason: text("cancel_reason"),
  },
  (t) => [
    unique("orders_request_business").on(t.requestId, t.businessId),
    check("orders_total_non_negative", sql`${t.totalIdr} >= 0`),
    check(
      "orders_parts_within_total",
      sql`${t.umkTotalIdr} BETWEEN 0 AND ${t.totalIdr} AND ${t.localTotalIdr} BETWEEN 0 AND ${t.totalIdr}`,
    ),
    check("orders_cancelled_has_time", sql`${t.status} <> 'cancelled' OR ${t.cancelledAt} IS NOT NULL`),
    index("orders_business_status").on(t.businessId, t.status),
    index("orders_opd_placed").on(t.opdId, t.placedAt),
  ],
);

/** Order lines copy the request line's snapshot so reports never need the live catalog. */
export const orderLines = pgTable(
  "order_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id").notNull().references(() => orders.id, { onDelete: "cascade" }),
    requestLineId: uuid("request_line_id").notNull().references(() => requestLines.id).unique(),
    productId: uuid("product_id").notNull().references(() => products.id),
    title: text("title").notNull(),
    categorySlug: text("category_slug").notNull(),
    quantity: integer("quantity").notNull(),
    unitPriceIdr: bigint("unit_price_idr", { mode: "number" }).notNull(),
    lineTotalIdr: bigint("line_total_idr", { mode: "number" })
      .notNull()
      .generatedAlwaysAs(sql`quantity * unit_price_idr`),
    receivedQuantity: integer("received_quantity").notNull().default(0),
    sellerIsUmk: boolean("seller_is_umk").notNull(),
    isLocal: boolean("is_local").notNull(),
  },
  (t) => [
    check("order_lines_quantity_positive", sql`${t.quantity} > 0`),
    check("order_lines_received_within", sql`${t.receivedQuantity} >= 0 AND ${t.receivedQuantity} <= ${t.quantity}`),
    index("order_lines_order").on(t.orderId),
    // Red flags (issue 15): the lines priced above a category's threshold are an index range per category,
    // not a second pass over every line of the year.
    index("order_lines_category_price").on(t.categorySlug, t.unitPriceIdr),
  ],
);

/** BAST: numbered, signed by the receiving user, time-stamped; partial quantities allowed. */
export const receipts = pgTable("receipts", {
  id: uuid("id").primaryKey().defaultRandom(),
  number: text("number").notNull().unique(),
  orderId: uuid("order_id").notNull().references(() => orders.id),
  signedBy: uuid("signed_by").notNull().references(() => users.id),
  signedAt: timestamp("signed_at", { withTimezone: true }).notNull(),
  receivedValueIdr: bigint("received_value_idr", { mode: "number" }).notNull(),
  note: text("note"),
});

export const receiptLines = pgTable(
  "receipt_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    receiptId: uuid("receipt_id").notNull().references(() => receipts.id, { onDelete: "cascade" }),
    orderLineId: uuid("order_line_id").notNull().references(() => orderLines.id),
    quantity: integer("quantity").notNull(),
  },
  (t) => [check("receipt_lines_quantity_positive", sql`${t.quantity} > 0`), unique("receipt_lines_receipt_line").on(t.receiptId, t.orderLineId)],
);

export const ratings = pgTable(
  "ratings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id").notNull().references(() => orders.id).unique(),
    businessId: uuid("business_id").notNull().references(() => businesses.id),
    stars: integer("stars").notNull(),
    comment: text("comment"),
    ratedBy: uuid("rated_by").notNull().references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("ratings_stars_1_to_5", sql`${t.stars} BETWEEN 1 AND 5`)],
);

/** Gap-free yearly counters for document numbers (Surat Pesanan, BAST, requests), taken under row lock. */
export const documentCounters = pgTable(
  "document_counters",
  {
    kind: text("kind").notNull(),
    year: integer("year").notNull(),
    lastValue: integer("last_value").notNull().default(0),
  },
  (t) => [primaryKey({ name: "document_counters_pk", columns: [t.kind, t.year] })],
);
