import { and, count, eq, gte, inArray, sql } from "drizzle-orm";
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

export const countRecentSignInFailures = async (db: DbOrTx, params: { email: string; ip: string; since: Date }) => {
  const failed = and(eq(signInAttempts.succeeded, false), gte(signInAttempts.at, params.since));
  const [[byEmail], [byIp]] = await Promise.all([
    db.select({ n: count() }).from(signInAttempts).where(and(failed, eq(signInAttempts.email, params.email))),
    db.select({ n: count() }).from(signInAttempts).where(and(failed, eq(signInAttempts.ip, params.ip))),
  ]);
  return { byEmail: byEmail?.n ?? 0, byIp: byIp?.n ?? 0 };
};

export const recordSignInAttempt = (db: DbOrTx, attempt: typeof signInAttempts.$inferInsert) =>
  db.insert(signInAttempts).values(attempt);

export const linkOidcSubject = (db: DbOrTx, userId: string, subject: string) =>
  db.update(users).set({ oidcSubject: subject }).where(eq(users.id, userId));
