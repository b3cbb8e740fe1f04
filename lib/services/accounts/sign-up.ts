import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/db/client";
import { countRecentSignUps, insertUser, recordSignUp } from "@/db/queries/accounts";
import { findUserByEmail } from "@/db/queries/users";
import { isSignUpThrottled, SIGN_UP_WINDOW_MINUTES, UNKNOWN_IP } from "@/lib/domain/auth/sign-in-policy";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { sendEmailVerification } from "./email-verification";
import { VALIDATION_MESSAGES } from "@/lib/validation/messages";
import type { SignUpInput } from "@/lib/validation/business";

const emailTaken = () =>
  new AppError("conflict", VALIDATION_MESSAGES.email_taken, [{ path: "email", message: VALIDATION_MESSAGES.email_taken.id }]);

const tooManySignUps = () =>
  new AppError("rate_limited", {
    id: "Terlalu banyak akun dibuat dari alamat ini. Coba lagi dalam satu jam.",
    en: "Too many accounts were created from this address. Try again in an hour.",
  });

/**
 * Creates a password account with no role: a new seller gets the `seller` role only when their business
 * registration is submitted. Email is unique case-insensitively (the database decides under races). One
 * client address may create SIGN_UP_MAX_PER_HOUR accounts an hour (default 5), so a script cannot flood the
 * verification queue with accounts. The verification mail is queued in the same transaction.
 */
export const signUp = async (input: SignUpInput, options: { ip?: string; now?: Date } = {}) => {
  const now = options.now ?? new Date();
  const ip = options.ip ?? UNKNOWN_IP;
  const recent = await countRecentSignUps(db, { ip, since: new Date(now.getTime() - SIGN_UP_WINDOW_MINUTES * 60_000) });
  if (isSignUpThrottled(recent, env().SIGN_UP_MAX_PER_HOUR, ip)) throw tooManySignUps();
  if (await findUserByEmail(db, input.email)) throw emailTaken();
  const passwordHash = await bcrypt.hash(input.password, 10);
  try {
    return await db.transaction(async (tx) => {
      const user = await insertUser(tx, { email: input.email, name: input.name, passwordHash });
      await recordSignUp(tx, { ip, at: now });
      await appendAuditEvent(tx, {
        actor: { id: user.id, label: user.email },
        action: "user.signed_up",
        entity: "user",
        entityId: user.id,
        at: now,
      });
      await sendEmailVerification(tx, user.id, now);
      return user;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "23505") throw emailTaken();
    throw error;
  }
};
