import bcrypt from "bcryptjs";
import { db } from "@/db/client";
import { countRecentSignInFailures, findUserByEmail, recordSignInAttempt } from "@/db/queries/users";
import { DEMO_PASSWORD, normalizeEmail, signInRetryAfter, throttleWindowStart } from "@/lib/domain/auth/sign-in-policy";
import { isProduction, signInLimits } from "@/lib/env";
import { isDatabaseUnavailable } from "@/lib/errors";

export type SignInFailure = "rate_limited" | "invalid_credentials" | "demo_password_refused" | "database_unavailable";

export type CredentialsResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: SignInFailure; retryAfterSeconds?: number };

// Compared against when the email is unknown, so response time does not reveal which emails exist.
const UNKNOWN_USER_HASH = bcrypt.hashSync("not-a-real-password", 10);

type CredentialsInput = { email: string; password: string; ip: string; now?: Date };

/** Seconds this client must wait before trying this account again (0: go ahead); see signInRetryAfter. */
export const signInWait = async (input: { email: string; ip: string; now?: Date }) => {
  const now = input.now ?? new Date();
  const limits = signInLimits();
  const email = normalizeEmail(input.email);
  return signInRetryAfter(await countRecentSignInFailures(db, { email, ip: input.ip, since: throttleWindowStart(now, limits) }), limits, input.ip, now);
};

/**
 * Checks an email/password pair. Every attempt is recorded; repeated failures slow down that client on that
 * account (and a client failing on many accounts), never the owner elsewhere, and demo passwords never work in production. With the database
 * unreachable the answer is `database_unavailable`, so the sign-in page says "try again shortly", not "wrong password".
 */
export const verifyCredentials = async (input: CredentialsInput): Promise<CredentialsResult> => {
  try {
    return await checkCredentials(input);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ok: false, reason: "database_unavailable" };
    throw error;
  }
};

const checkCredentials = async (input: CredentialsInput): Promise<CredentialsResult> => {
  const email = normalizeEmail(input.email);
  const now = input.now ?? new Date();
  const retryAfterSeconds = await signInWait({ email, ip: input.ip, now });
  if (retryAfterSeconds > 0) return { ok: false, reason: "rate_limited", retryAfterSeconds };

  const user = await findUserByEmail(db, email);
  const matches = await bcrypt.compare(input.password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  const refusedDemo = matches && isProduction() && input.password === DEMO_PASSWORD;
  const succeeded = Boolean(user?.isActive && user.passwordHash && matches && !refusedDemo);
  await recordSignInAttempt(db, { email, ip: input.ip, succeeded, at: now });

  if (refusedDemo) return { ok: false, reason: "demo_password_refused" };
  if (!succeeded || !user) return { ok: false, reason: "invalid_credentials" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
};
