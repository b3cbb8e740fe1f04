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
