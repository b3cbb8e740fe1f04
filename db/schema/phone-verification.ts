import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Six-digit codes sent by WhatsApp to prove a number (issue 12). Only an HMAC of the code is kept, bound to the
 * person and the number; a code expires, is used once, and dies after five wrong tries. Rows also count the
 * sends for the rate limit, so they are kept after use. The proven number itself lives in notification_settings.
 */
export const phoneVerificationCodes = pgTable(
  "phone_verification_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    /** E.164, the number the code was sent to: verifying proves this number, whatever was typed since. */
    phone: text("phone").notNull(),
    codeHash: text("code_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** What the WhatsApp port answered (message id), or why sending failed. */
    providerId: text("provider_id"),
  },
  (t) => [index("phone_verification_codes_user").on(t.userId, t.createdAt)],
);
