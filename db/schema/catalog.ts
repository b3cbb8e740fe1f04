import { sql } from "drizzle-orm";
import {
  bigint, boolean, check, date, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, unique, uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { regions } from "./regions";

/**
 * Stored keys of a product photo in the storage adapter; the thumbnail is what lists and search show. `alt` is
 * set where the picture is not a photo of the goods (the demo data's illustrations say so: "Ilustrasi: …").
 */
export type ProductPhoto = { key: string; thumbnailKey: string; contentType: string; width: number; height: number; alt?: string };

export const businessScale = pgEnum("business_scale", ["mikro", "kecil", "menengah", "besar"]);
export const verificationStatus = pgEnum("verification_status", ["pending", "verified", "rejected", "suspended"]);
export const certificationKind = pgEnum("certification_kind", ["halal", "pirt", "bpom", "sni"]);
export const productStatus = pgEnum("product_status", ["draft", "active", "archived"]);

/** A seller business; `is_umk` is generated from the scale so no code path can disagree with it. */
export const businesses = pgTable(
  "businesses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    legalName: text("legal_name").notNull(),
    nib: text("nib").notNull().unique("businesses_nib_unique"),
    kbli: text("kbli").notNull(),
    ownerName: text("owner_name").notNull(),
    regionId: uuid("region_id").notNull().references(() => regions.id),
    address: text("address").notNull(),
    capitalIdr: bigint("capital_idr", { mode: "number" }).notNull(),
    annualTurnoverIdr: bigint("annual_turnover_idr", { mode: "number" }).notNull(),
    scale: businessScale("scale").notNull(),
    isUmk: boolean("is_umk")
      .notNull()
      .generatedAlwaysAs(sql`scale IN ('mikro', 'kecil')`),
    verificationStatus: verificationStatus("verification_status").notNull().default("pending"),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    verifiedBy: uuid("verified_by"),
    statusReason: text("status_reason"),
    recheckDueAt: timestamp("recheck_due_at", { withTimezone: true }),
    /** Sandi bank from lib/domain/business/bank-account.ts; the name beside it is what documents print. */
    payoutBankCode: text("payout_bank_code"),
    payoutBankName: text("payout_bank_name"),
    payoutAccountNumber: text("payout_account_number"),
    payoutAccountName: text("payout_account_name"),
    stripeAccountId: text("stripe_account_id"),
    ratingAvg: numeric("rating_avg", { precision: 3, scale: 2, mode: "number" }),
    ratingCount: integer("rating_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("businesses_nib_13_digits", sql`${t.nib} ~ '^[0-9]{13}$'`),
    check("businesses_kbli_5_digits", sql`${t.kbli} ~ '^[0-9]{5}$'`),
    check("businesses_money_non_negative", sql`${t.capitalIdr} >= 0 AND ${t.annualTurnoverIdr} >= 0`),
    check(
      "businesses_verified_has_time",
      sql`${t.verificationStatus} <> 'verified' OR ${t.verifiedAt} IS NOT NULL`,
    ),
    check("businesses_payout_account_digits", sql`${t.payoutAccountNumber} IS NULL OR ${t.payoutAccountNumber} ~ '^[0-9]{6,20}$'`),
    index("businesses_region").on(t.regionId),
    index("businesses_status").on(t.verificationStatus),
  ],
);

export const businessCertifications = pgTable(
  "business_certifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    businessId: uuid("business_id").notNull().references(() => businesses.id, { onDelete: "cascade" }),
    kind: certificationKind("kind").notNull(),
    number: text("number").notNull(),
    expiresOn: date("expires_on"),
    documentPath: text("document_path"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("business_certifications_kind_number").on(t.businessId, t.kind, t.number)],
);

export const categories = pgTable("categories", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  nameId: text("name_id").notNull(),
  nameEn: text("name_en").notNull(),
  parentId: uuid("parent_id").references((): AnyPgColumn => categories.id),
  /** Food and drink: lines in it need PIRT/BPOM (and halal from 2026-10-17). */
  isFood: boolean("is_food").notNull().default(false),
});

export const products = pgTable(
  "products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    businessId: uuid("business_id").notNull().references(() => businesses.id),
    categoryId: uuid("category_id").notNull().references(() => categories.id),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    unit: text("unit").notNull(),
    priceIdr: bigint("price_idr", { mode: "number" }).notNull(),
    stock: integer("stock").notNull().default(0),
    minOrder: integer("min_order").notNull().default(1),
    leadTimeDays: integer("lead_time_days").notNull().default(0),
    originRegionId: uuid("origin_region_id").notNull().references(() => regions.id),
    isLocal: boolean("is_local").notNull(),
    tkdnPercent: numeric("tkdn_percent", { precision: 5, scale: 2, mode: "number" }),
    photos: jsonb("photos").$type<ProductPhoto[]>().notNull().default([]),
    status: productStatus("status").notNull().default("draft"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("products_price_positive", sql`${t.priceIdr} > 0`),
    check("products_stock_non_negative", sql`${t.stock} >= 0`),
    check("products_min_order_positive", sql`${t.minOrder} >= 1`),
    check("products_lead_time_non_negative", sql`${t.leadTimeDays} >= 0`),
    check("products_tkdn_percent", sql`${t.tkdnPercent} IS NULL OR (${t.tkdnPercent} >= 0 AND ${t.tkdnPercent} <= 100)`),
    check("products_photos_max_5", sql`jsonb_array_length(${t.photos}) <= 5`),
    index("products_business").on(t.businessId),
    index("products_category").on(t.categoryId),
  ],
);
