import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { users } from "../schema";

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
