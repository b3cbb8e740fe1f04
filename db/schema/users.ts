import { sql } from "drizzle-orm";
import { bigserial, boolean, check, index, integer, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { opds, regions } from "./regions";
import { businesses } from "./catalog";
import { partners } from "./partners";

export const roleName = pgEnum("role_name", ["admin", "seller", "buyer", "approver", "treasurer", "auditor", "partner"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    oidcSubject: text("oidc_subject").unique(),
    isActive: boolean("is_active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set when the person opened the verification link; notification mail goes only to verified addresses. */
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    /**
     * Every session carries the version it was signed in under; raising it ends them all at their next request
     * (sign out everywhere, a password change or reset, suspension).
     */
    sessionVersion: integer("session_version").notNull().default(0),
  },
  (t) => [
    uniqueIndex("users_email_lower").on(sql`lower(${t.email})`),
    check("users_email_shape", sql`${t.email} ~ '^[^@\\s]+@[^@\\s]+$'`),
  ],
);

/**
 * A role granted in a region; buyer/approver/treasurer are scoped to one OPD and seller to one business,
 * so the database itself refuses a scopeless grant.
 */
export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    role: roleName("role").notNull(),
    regionId: uuid("region_id").notNull().references(() => regions.id),
    opdId: uuid("opd_id").references(() => opds.id),
    businessId: uuid("business_id").references(() => businesses.id),
    /** Set for the `partner` role: the partner organization the person acts for (the check compares as text: the
     * migration that adds the enum value cannot use it in the same transaction). */
    partnerId: uuid("partner_id").references(() => partners.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("memberships_unique_grant").on(t.userId, t.role, t.regionId, t.opdId, t.businessId, t.partnerId).nullsNotDistinct(),
    check("memberships_opd_roles_have_opd", sql`${t.role} NOT IN ('buyer','approver','treasurer') OR ${t.opdId} IS NOT NULL`),
    check("memberships_seller_has_business", sql`${t.role} <> 'seller' OR ${t.businessId} IS NOT NULL`),
    check("memberships_partner_has_partner", sql`${t.role}::text <> 'partner' OR ${t.partnerId} IS NOT NULL`),
    index("memberships_user").on(t.userId),
  ],
);

/** Sign-in attempts, kept in the database so the rate limit holds across every web instance. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    succeeded: boolean("succeeded").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_attempts_email_at").on(t.email, t.at), index("sign_in_attempts_ip_at").on(t.ip, t.at)],
);

/** Accounts created per client address, so one address cannot mass-create accounts (the sign-up throttle). */
export const signUpAttempts = pgTable(
  "sign_up_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ip: text("ip").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_up_attempts_ip_at").on(t.ip, t.at)],
);

/**
 * Personal API tokens for `Authorization: Bearer`. Only the SHA-256 of the token is stored; the token is
 * shown once at creation. A token acts as its user with the user's current memberships.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique("api_tokens_hash_unique"),
    prefix: text("prefix").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("api_tokens_user").on(t.userId)],
);

/** Sessions ended by signing out: a replayed cookie of one of these is refused until it would have expired anyway. */
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sessionId: text("session_id").primaryKey(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("revoked_sessions_expires").on(t.expiresAt)],
);

/** Password reset requests per address and client, so mail cannot be sprayed through "Lupa kata sandi?". */
export const passwordResetRequests = pgTable(
  "password_reset_requests",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("password_reset_requests_email_at").on(t.email, t.at), index("password_reset_requests_ip_at").on(t.ip, t.at)],
);
