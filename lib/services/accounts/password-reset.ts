import { randomBytes } from "node:crypto";
import { findUserByEmail, setPasswordHash } from "@/db/queries/users";
import { setTimeout as sleep } from "node:timers/promises";
import bcrypt from "bcryptjs";
import { db } from "@/db/client";
import { findAccountTokenForUse, insertAccountToken, markAccountTokenUsed, retireAccountTokens } from "@/db/queries/account-tokens";
import { bumpSessionVersion } from "@/db/queries/sessions";
import { countRecentPasswordResetRequests, recordPasswordResetRequest } from "@/db/queries/password-reset-requests";
import { isPasswordResetThrottled, normalizeEmail, PASSWORD_RESET_LIMITS, UNKNOWN_IP } from "@/lib/domain/auth/sign-in-policy";
import { accountTokenExpiry, accountTokenProblem, formatAccountToken, hashAccountToken } from "@/lib/domain/auth/account-token";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { notify } from "@/lib/services/notifications/notify";
import type { PasswordResetConfirmInput, PasswordResetRequestInput } from "@/lib/validation/accounts";
import { TOKEN_PROBLEM_MESSAGES } from "./email-verification";

/**
 * Every answer to a reset request takes at least this long, whether or not the address has an account: the
 * work differs by a few inserts, and a floor well above them makes the two indistinguishable by timing.
 */
const MIN_ANSWER_MS = 400;

/**
 * "Lupa kata sandi?": mails a single-use reset link (60 min) to an active password account with this address,
 * through the notification outbox, and answers the same — in content and in time — when there is none. Earlier
 * reset links of the person stop working. Limited per typed address and client, and per client (429).
 */
export const requestPasswordReset = async (input: PasswordResetRequestInput, options: { ip?: string; now?: Date } = {}) => {
  const now = options.now ?? new Date();
  const ip = options.ip ?? UNKNOWN_IP;
  const email = normalizeEmail(input.email);
  const started = Date.now();
  try {
    const recent = await countRecentPasswordResetRequests(db, { email, ip, since: new Date(now.getTime() - PASSWORD_RESET_LIMITS.windowMinutes * 60_000) });
    if (isPasswordResetThrottled(recent, ip)) {
      throw new AppError("rate_limited", {
        id: `Terlalu banyak permintaan atur ulang kata sandi. Coba lagi dalam ${PASSWORD_RESET_LIMITS.windowMinutes} menit.`,
        en: `Too many password reset requests. Try again in ${PASSWORD_RESET_LIMITS.windowMinutes} minutes.`,
      });
    }
    await db.transaction(async (tx) => {
      await recordPasswordResetRequest(tx, { email, ip, at: now });
      const user = await findUserByEmail(tx, email);
      const token = formatAccountToken(randomBytes(32));
      if (!user?.isActive || !user.passwordHash) return;
      const tokenHash = hashAccountToken(token);
      await retireAccountTokens(tx, { userId: user.id, purpose: "password_reset", at: now });
      await insertAccountToken(tx, { userId: user.id, purpose: "password_reset", tokenHash, expiresAt: accountTokenExpiry("password_reset", now), createdAt: now });
      await notify(tx, { kind: "account.password_reset", to: { userIds: [user.id] }, params: { token }, link: "/atur-ulang-sandi", dedupeKey: `account.password_reset:${tokenHash.slice(0, 24)}`, at: now });
      await appendAuditEvent(tx, { actor: { id: user.id, label: user.email }, action: "user.password_reset_requested", entity: "user", entityId: user.id, at: now });
    });
  } finally {
    const left = MIN_ANSWER_MS - (Date.now() - started);
    if (left > 0) await sleep(left);
  }
  return { accepted: true as const };
};

/**
 * Sets a new password from a reset link: single use, within 60 minutes (400 with the reason otherwise). Every
 * other reset link stops working and every session of the account ends. Audited.
 */
export const confirmPasswordReset = async (input: PasswordResetConfirmInput, now = new Date()) => {
  const passwordHash = await bcrypt.hash(input.password, 10);
  return db.transaction(async (tx) => {
    const row = await findAccountTokenForUse(tx, hashAccountToken(input.token));
    const problem = accountTokenProblem(row, "password_reset", now);
    if (problem) throw new AppError("bad_request", TOKEN_PROBLEM_MESSAGES[problem], [{ path: "token", code: `token_${problem}` }]);
    const user = await setPasswordHash(tx, row!.userId, passwordHash);
    if (!user) throw new AppError("bad_request", TOKEN_PROBLEM_MESSAGES.unknown, [{ path: "token", code: "token_unknown" }]);
    await markAccountTokenUsed(tx, row!.id, now);
    await retireAccountTokens(tx, { userId: user.id, purpose: "password_reset", at: now });
    // Whoever knew the old password may hold a session: every one of them ends.
    await bumpSessionVersion(tx, user.id);
    await appendAuditEvent(tx, { actor: { id: user.id, label: user.email }, action: "user.password_reset", entity: "user", entityId: user.id, at: now });
    return { userId: user.id };
  });
};
