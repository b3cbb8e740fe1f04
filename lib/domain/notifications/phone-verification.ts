import { createHmac, timingSafeEqual } from "node:crypto";

/** The rules of a WhatsApp verification code: policy as data, shown in messages and checked by the service. */
export const PHONE_CODE_RULES = {
  /** A code works for 10 minutes after it is sent. */
  ttlMinutes: 10,
  /** Five wrong tries kill a code: with 10^6 codes that leaves a guesser a 0.0005 % chance per code. */
  maxAttempts: 5,
  /** At most 3 codes per person per hour, so nobody turns the platform into a WhatsApp spam cannon. */
  sendsPerWindow: 3,
  windowMinutes: 60,
} as const;

/** Six digits from a random 32-bit value (the caller draws it, so this stays pure and testable). */
export const formatPhoneCode = (random: number) => String(Math.abs(Math.trunc(random)) % 1_000_000).padStart(6, "0");

/**
 * What the database keeps: an HMAC of the code bound to the person and the number, keyed with the app secret.
 * A plain hash of six digits would be reversed by trying all million; without the secret it cannot be.
 */
export const hashPhoneCode = (secret: string, userId: string, phone: string, code: string) =>
  createHmac("sha256", secret).update(`${userId}\n${phone}\n${code}`).digest("hex");

export const phoneCodeMatches = (storedHash: string, presentedHash: string) => {
  const a = Buffer.from(storedHash, "hex");
  const b = Buffer.from(presentedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
};

export const phoneCodeExpiry = (now: Date) => new Date(now.getTime() + PHONE_CODE_RULES.ttlMinutes * 60_000);

/** Whether another code may be sent, given when this person's recent codes were sent; and when, if not. */
export const phoneCodeSendDecision = (sentAt: readonly Date[], now: Date): { allowed: true } | { allowed: false; retryAt: Date } => {
  const windowStart = now.getTime() - PHONE_CODE_RULES.windowMinutes * 60_000;
  const inWindow = sentAt.map((d) => d.getTime()).filter((t) => t > windowStart).sort((x, y) => x - y);
  if (inWindow.length < PHONE_CODE_RULES.sendsPerWindow) return { allowed: true };
  // The oldest send that still counts leaves the window first.
  return { allowed: false, retryAt: new Date(inWindow[inWindow.length - PHONE_CODE_RULES.sendsPerWindow]! + PHONE_CODE_RULES.windowMinutes * 60_000) };
};

export type PhoneCodeRow = { expiresAt: Date; usedAt: Date | null; attempts: number };
export type PhoneCodeProblem = "missing" | "used" | "expired" | "too_many_attempts" | "wrong";

/**
 * Why a presented code does not verify the number, or null when it does. Checked in this order: a used code
 * stays used, an expired one expired, a code already tried 5 times is dead even if this try is right.
 */
export const phoneCodeProblem = (row: PhoneCodeRow | null, matches: boolean, now: Date): PhoneCodeProblem | null => {
  if (!row) return "missing";
  if (row.usedAt) return "used";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  if (row.attempts >= PHONE_CODE_RULES.maxAttempts) return "too_many_attempts";
  return matches ? null : "wrong";
};

/** The message carrying the code, in the person's language; it says how long it works and not to share it. */
export const phoneCodeMessage = (code: string, locale: "id" | "en") =>
  locale === "en"
    ? `Your Pasar UMK verification code: ${code}. It works for ${PHONE_CODE_RULES.ttlMinutes} minutes. Never share this code with anyone.`
    : `Kode verifikasi Pasar UMK Anda: ${code}. Berlaku ${PHONE_CODE_RULES.ttlMinutes} menit. Jangan berikan kode ini kepada siapa pun.`;
