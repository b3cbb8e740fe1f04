import { randomBytes } from "node:crypto";
import { db, type DbOrTx } from "@/db/client";
import { countRecentAccountTokens, findAccountTokenForUse, insertAccountToken, markAccountTokenUsed, retireAccountTokens } from "@/db/queries/account-tokens";
import { findUserVerification, markEmailVerified } from "@/db/queries/users";
import { accountTokenExpiry, accountTokenProblem, formatAccountToken, hashAccountToken, type AccountTokenProblem } from "@/lib/domain/auth/account-token";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError, type LocalizedMessage } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { notify } from "@/lib/services/notifications/notify";

export const TOKEN_PROBLEM_MESSAGES: Record<AccountTokenProblem, LocalizedMessage> = {
  unknown: { id: "Tautan ini tidak valid. Minta tautan baru.", en: "This link is not valid. Ask for a new one." },
  used: { id: "Tautan ini sudah dipakai. Minta tautan baru bila perlu.", en: "This link has been used already. Ask for a new one if needed." },
  expired: { id: "Tautan ini sudah kedaluwarsa. Minta tautan baru.", en: "This link has expired. Ask for a new one." },
};

/** A link may be resent once a minute, so nobody can flood an inbox through the resend button. */
const RESEND_INTERVAL_MS = 60_000;

/**
 * Mails a fresh single-use verification link (24 h), in the caller's transaction, through the notification outbox:
 * the mail is sent only if the sign-up commits, and is retried until it is. Older links of the person stop working.
 */
export const sendEmailVerification = async (tx: DbOrTx, userId: string, now: Date) => {
  await retireAccountTokens(tx, { userId, purpose: "verify_email", at: now });
  const token = formatAccountToken(randomBytes(32));
  const tokenHash = hashAccountToken(token);
  await insertAccountToken(tx, { userId, purpose: "verify_email", tokenHash, expiresAt: accountTokenExpiry("verify_email", now), createdAt: now });
  await notify(tx, { kind: "account.verify_email", to: { userIds: [userId] }, params: { token }, link: "/verifikasi-email", dedupeKey: `account.verify_email:${tokenHash.slice(0, 24)}`, at: now });
};

/** "Kirim ulang": a new link for the signed-in person whose address is not verified yet. */
export const resendEmailVerification = async (viewer: Viewer | null, now = new Date()) => {
  if (!viewer) throw new AppError("unauthenticated");
  return db.transaction(async (tx) => {
    const user = await findUserVerification(tx, viewer.userId);
    if (!user) throw new AppError("unauthenticated");
    if (user.emailVerifiedAt) throw new AppError("conflict", { id: "Alamat email ini sudah terverifikasi.", en: "This email address is already verified." });
    if ((await countRecentAccountTokens(tx, { userId: user.id, purpose: "verify_email", since: new Date(now.getTime() - RESEND_INTERVAL_MS) })) > 0) {
      throw new AppError("rate_limited", { id: "Tautan baru saja dikirim. Tunggu satu menit sebelum meminta lagi.", en: "A link was just sent. Wait a minute before asking again." });
    }
    await sendEmailVerification(tx, user.id, now);
    return { sent: true as const };
  });
};

/**
 * Opens a verification link: single use, before its expiry (400 with the reason otherwise); the address counts
 * as verified from then on and the other links of the person stop working. Audited.
 */
export const verifyEmail = async (token: string, now = new Date()) =>
  db.transaction(async (tx) => {
    const row = await findAccountTokenForUse(tx, hashAccountToken(token));
    const problem = accountTokenProblem(row, "verify_email", now);
    if (problem) throw new AppError("bad_request", TOKEN_PROBLEM_MESSAGES[problem], [{ path: "token", code: `token_${problem}` }]);
    await markAccountTokenUsed(tx, row!.id, now);
    await retireAccountTokens(tx, { userId: row!.userId, purpose: "verify_email", at: now });
    await markEmailVerified(tx, row!.userId, now);
    const user = await findUserVerification(tx, row!.userId);
    await appendAuditEvent(tx, { actor: { id: row!.userId, label: user?.email ?? row!.userId }, action: "user.email_verified", entity: "user", entityId: row!.userId, at: now });
    return { verified: true as const };
  });

/** Whether the signed-in person's address is confirmed, for the notice on the pages that need it. */
export const emailVerificationOf = async (viewer: Viewer) => {
  const user = await findUserVerification(db, viewer.userId);
  return { email: user?.email ?? viewer.email, verified: Boolean(user?.emailVerifiedAt) };
};
