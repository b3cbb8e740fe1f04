import { and, asc, eq, ilike, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { signInAttempts, users } from "../schema";

export const findUserByEmail = async (db: DbOrTx, email: string) => {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  return user;
};

export const findActiveUserById = async (db: DbOrTx, id: string) => {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.id, id), eq(users.isActive, true)))
    .limit(1);
  return user;
};

export const findUserNames = (db: DbOrTx, ids: readonly string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids]));

/**
 * Failed sign-ins inside the window, for this (email, client) pair since its last success, and for the client on
 * any account: each with how many and when the last one was.
 */
export const countRecentSignInFailures = async (db: DbOrTx, params: { email: string; ip: string; since: Date }) => {
  const since = params.since.toISOString();
  const [row] = (await db.execute(sql`
    WITH pair_success AS (
      SELECT max(at) AS at FROM sign_in_attempts WHERE email = ${params.email} AND ip = ${params.ip} AND succeeded AND at >= ${since}::timestamptz)
    SELECT
      (SELECT count(*)::int FROM sign_in_attempts a, pair_success s
        WHERE a.email = ${params.email} AND a.ip = ${params.ip} AND NOT a.succeeded AND a.at >= coalesce(s.at, ${since}::timestamptz)) AS "pairCount",
      (SELECT max(a.at) FROM sign_in_attempts a, pair_success s
        WHERE a.email = ${params.email} AND a.ip = ${params.ip} AND NOT a.succeeded AND a.at >= coalesce(s.at, ${since}::timestamptz)) AS "pairLast",
      (SELECT count(*)::int FROM sign_in_attempts WHERE ip = ${params.ip} AND NOT succeeded AND at >= ${since}::timestamptz) AS "clientCount",
      (SELECT max(at) FROM sign_in_attempts WHERE ip = ${params.ip} AND NOT succeeded AND at >= ${since}::timestamptz) AS "clientLast"`)) as unknown as Array<{
    pairCount: number; pairLast: Date | string | null; clientCount: number; clientLast: Date | string | null;
  }>;
  const at = (v: Date | string | null | undefined) => (v ? new Date(v) : null);
  return { pair: { count: row?.pairCount ?? 0, lastAt: at(row?.pairLast) }, client: { count: row?.clientCount ?? 0, lastAt: at(row?.clientLast) } };
};

export const recordSignInAttempt = (db: DbOrTx, attempt: typeof signInAttempts.$inferInsert) =>
  db.insert(signInAttempts).values(attempt);

export const linkOidcSubject = (db: DbOrTx, userId: string, subject: string) =>
  db.update(users).set({ oidcSubject: subject }).where(eq(users.id, userId));

/** Records that the person proved the address (first time only). */
export const markEmailVerified = (db: DbOrTx, userId: string, at: Date) =>
  db.update(users).set({ emailVerifiedAt: at }).where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)));

export const findUserVerification = async (db: DbOrTx, userId: string) => {
  const [row] = await db.select({ id: users.id, email: users.email, emailVerifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId));
  return row ?? null;
};

/** A new password for an active account; null when the account is gone or suspended. */
export const setPasswordHash = async (db: DbOrTx, userId: string, passwordHash: string) => {
  const [row] = await db
    .update(users)
    .set({ passwordHash })
    .where(and(eq(users.id, userId), eq(users.isActive, true)))
    .returning({ id: users.id, email: users.email });
  return row ?? null;
};

export const findUserForPasswordChange = async (db: DbOrTx, userId: string) => {
  const [row] = await db.select({ id: users.id, email: users.email, passwordHash: users.passwordHash }).from(users).where(and(eq(users.id, userId), eq(users.isActive, true))).for("update");
  return row ?? null;
};

/** Suspends or reinstates someone else (never the caller), raising the session version so their sessions end. */
export const setUserActive = async (db: DbOrTx, params: { userId: string; actorId: string; isActive: boolean }) => {
  const [row] = await db
    .update(users)
    .set({ isActive: params.isActive, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.id, params.userId), ne(users.id, params.actorId)))
    .returning({ id: users.id, email: users.email, isActive: users.isActive });
  return row ?? null;
};

/** Accounts whose email or name contains the text, for the admin's user list. */
export const searchUsers = (db: DbOrTx, params: { text: string; limit: number }) =>
  db
    .select({ id: users.id, email: users.email, name: users.name, isActive: users.isActive, createdAt: users.createdAt })
    .from(users)
    .where(params.text ? or(ilike(users.email, `%${params.text}%`), ilike(users.name, `%${params.text}%`)) : undefined)
    .orderBy(asc(users.email))
    .limit(params.limit);
