import { createHash } from "node:crypto";

export type AccountTokenPurpose = "verify_email" | "password_reset";

/** How long a mailed link works: a day to confirm an address, an hour to reset a password. */
export const ACCOUNT_TOKEN_TTL_MINUTES: Record<AccountTokenPurpose, number> = { verify_email: 24 * 60, password_reset: 60 };

/** Pure: a link token from 32 random bytes (the caller supplies them, so this stays testable). */
export const formatAccountToken = (randomBytes: Uint8Array): string => {
  if (randomBytes.length !== 32) throw new Error("an account token needs 32 random bytes");
  return Buffer.from(randomBytes).toString("base64url");
};

/** What the database keeps: the SHA-256 of the token, so a copy of the table opens no account. */
export const hashAccountToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const accountTokenExpiry = (purpose: AccountTokenPurpose, now: Date) => new Date(now.getTime() + ACCOUNT_TOKEN_TTL_MINUTES[purpose] * 60_000);

export type AccountTokenProblem = "unknown" | "used" | "expired";

/** Pure: why a presented token cannot be used, or null when it can (single use, before its expiry). */
export const accountTokenProblem = (row: { purpose: string; expiresAt: Date; usedAt: Date | null } | null, purpose: AccountTokenPurpose, now: Date): AccountTokenProblem | null => {
  if (!row || row.purpose !== purpose) return "unknown";
  if (row.usedAt) return "used";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return null;
};
