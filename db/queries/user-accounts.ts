import { and, asc, eq, ilike, ne, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { users } from "../schema";

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
