import { and, count, eq, gte } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { signUpAttempts, users } from "../schema";

export const insertUser = async (db: DbOrTx, row: { email: string; name: string; passwordHash: string }) => {
  const [user] = await db.insert(users).values(row).returning({ id: users.id, email: users.email, name: users.name });
  return user!;
};

export const countRecentSignUps = async (db: DbOrTx, params: { ip: string; since: Date }) => {
  const [row] = await db.select({ n: count() }).from(signUpAttempts).where(and(eq(signUpAttempts.ip, params.ip), gte(signUpAttempts.at, params.since)));
  return row?.n ?? 0;
};

export const recordSignUp = (db: DbOrTx, params: { ip: string; at: Date }) => db.insert(signUpAttempts).values(params);
