import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { businesses, businessScale } from "./catalog";
import { events } from "./events";
import { purchaseRequests, receiptLines } from "./procurement";
import { users } from "./users";

// What an event used, its evidence and its amendments: these point at procurement rows (BAST lines,
// requests), so they live apart from the events table that procurement itself references.

export const eventItemCategory = pgEnum("event_item_category", ["konsumsi", "cendera_mata", "dekorasi", "seragam", "atk", "lainnya"]);
/** Where an item's UMK/local status comes from: a platform business snapshot, a BAST, or the caller's word. */
export const eventItemSource = pgEnum("event_item_source", ["platform", "order", "declared"]);

/** A correction to a closed event: the reason, who, when, and the report after it; the original report stays. */
export const eventAmendments = pgTable(
  "event_amendments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id").notNull().references(() => events.id),
    reason: text("reason").notNull(),
    changes: jsonb("changes").$type<Record<string, unknown>>().notNull(),
    reportAfter: jsonb("report_after").$type<Record<string, unknown>>().notNull(),
    createdBy: uuid("created_by").notNull().references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("event_amendments_event").on(t.eventId)],
);

/**
 * What an event used. Platform and order items carry the business snapshot taken when recorded
 * (`is_umk`/`is_local` from the verified business, whatever the caller declared); declared items keep the
 * caller's word and are counted apart. Items are never deleted after closing: an amendment voids them.
 */
export const eventItems = pgTable(
  "event_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id").notNull().references(() => events.id),
    category: eventItemCategory("category").notNull(),
    description: text("description").notNull(),
    amountIdr: bigint("amount_idr", { mode: "number" }).notNull(),
    source: eventItemSource("source").notNull(),
    businessId: uuid("business_id").references(() => businesses.id),
    supplierName: text("supplier_name").notNull(),
    supplierNib: text("supplier_nib"),
    supplierScale: businessScale("supplier_scale"),
    supplierKabupaten: text("supplier_kabupaten"),
    supplierVerifiedAt: timestamp("supplier_verified_at", { withTimezone: true }),
    isUmk: boolean("is_umk").notNull(),
    isLocal: boolean("is_local").notNull(),
    /** Set for items added automatically from a BAST of a request linked to the event. */
    receiptLineId: uuid("receipt_line_id").references(() => receiptLines.id).unique("event_items_receipt_line_unique"),
    purchaseRequestId: uuid("purchase_request_id").references(() => purchaseRequests.id),
    /** Items added after closing belong to an amendment; items voided by one keep their row. */
    addedByAmendmentId: uuid("added_by_amendment_id").references(() => eventAmendments.id),
    voidedByAmendmentId: uuid("voided_by_amendment_id").references(() => eventAmendments.id),
    createdBy: uuid("created_by").notNull().references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("event_items_amount_positive", sql`${t.amountIdr} > 0`),
    check("event_items_nib_13_digits", sql`${t.supplierNib} IS NULL OR ${t.supplierNib} ~ '^[0-9]{13}$'`),
    check("event_items_platform_has_business", sql`${t.source} = 'declared' OR ${t.businessId} IS NOT NULL`),
    index("event_items_event").on(t.eventId),
  ],
);

/** A receipt or photo attached to an item, content-sniffed on upload; the file lives in the storage adapter. */
export const eventItemEvidence = pgTable(
  "event_item_evidence",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    itemId: uuid("item_id").notNull().references(() => eventItems.id),
    storageKey: text("storage_key").notNull(),
    thumbnailKey: text("thumbnail_key"),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    originalName: text("original_name").notNull(),
    uploadedBy: uuid("uploaded_by").notNull().references(() => users.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("event_item_evidence_size", sql`${t.sizeBytes} > 0 AND ${t.sizeBytes} <= 10485760`), index("event_item_evidence_item").on(t.itemId)],
);
