import { sql } from "drizzle-orm";
import { bigserial, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * What a person is told, written in the transaction of the change it reports. `dedupe_key` is unique per
 * person, so the same state change reported twice (a retry, two code paths) is one notification.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    category: text("category").notNull(),
    params: jsonb("params").$type<Record<string, string | number | null>>().notNull().default({}),
    /** The app path of the thing to act on. */
    link: text("link").notNull(),
    dedupeKey: text("dedupe_key").notNull(),
    /** Account mail (verification, reset) is stored for delivery but never listed in the inbox. */
    inInbox: boolean("in_inbox").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    unique("notifications_once_per_user").on(t.userId, t.dedupeKey),
    index("notifications_inbox").on(t.userId, t.createdAt),
    index("notifications_unread").on(t.userId).where(sql`read_at IS NULL AND in_inbox`),
  ],
);

/**
 * The outbox of outbound channels: one row per notification and channel (unique), claimed by workers with
 * SKIP LOCKED, so each channel carries a notification at most once however many workers run.
 */
export const notificationDeliveries = pgTable(
  "notification_deliveries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    notificationId: uuid("notification_id").notNull().references(() => notifications.id, { onDelete: "cascade" }),
    channel: text("channel").notNull(),
    /** "now": its own message; "digest": folded into the person's daily digest mail. */
    mode: text("mode").notNull().default("now"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    availableAt: timestamp("available_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    processedAt: timestamp("processed_at", { withTimezone: true }),
    /** What the transport answered (SMTP message id, WhatsApp message id). */
    providerId: text("provider_id"),
  },
  (t) => [
    unique("notification_deliveries_once_per_channel").on(t.notificationId, t.channel),
    check("notification_deliveries_channel", sql`${t.channel} IN ('email', 'whatsapp')`),
    check("notification_deliveries_mode", sql`${t.mode} IN ('now', 'digest')`),
    index("notification_deliveries_pending").on(t.availableAt).where(sql`processed_at IS NULL`),
  ],
);

/** A person's choice per category and channel; a missing row is the default (on). */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    category: text("category").notNull(),
    channel: text("channel").notNull(),
    enabled: boolean("enabled").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.category, t.channel] })],
);

/** How a person is reached: mail language, daily digest, and a WhatsApp number they proved and opted in with. */
export const notificationSettings = pgTable("notification_settings", {
  userId: uuid("user_id").primaryKey().references(() => users.id, { onDelete: "cascade" }),
  locale: text("locale").notNull().default("id"),
  emailDigest: boolean("email_digest").notNull().default(false),
  whatsappPhone: text("whatsapp_phone"),
  whatsappVerifiedAt: timestamp("whatsapp_verified_at", { withTimezone: true }),
  whatsappOptIn: boolean("whatsapp_opt_in").notNull().default(false),
  /** The WITA day of the last digest sent, so a restarted worker never sends a day's digest twice. */
  lastDigestOn: date("last_digest_on"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Single-use links sent by mail (email verification, password reset): only the SHA-256 of the token is kept,
 * with its expiry and the moment it was used.
 */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose").notNull(),
    tokenHash: text("token_hash").notNull().unique("account_tokens_hash_unique"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [
    check("account_tokens_purpose", sql`${t.purpose} IN ('verify_email', 'password_reset')`),
    index("account_tokens_user").on(t.userId, t.purpose),
  ],
);
