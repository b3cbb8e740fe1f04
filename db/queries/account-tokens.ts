import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { accountTokens } from "../schema";

export const insertAccountToken = async (db: DbOrTx, row: { userId: string; purpose: "verify_email" | "password_reset"; tokenHash: string; expiresAt: Date; createdAt: Date }) => {
  const [created] = await db.insert(accountTokens).values(row).returning({ id: accountTokens.id });
  return created!;
};

/** The token row a link names, locked until the transaction ends so two clicks cannot both use it. */
export const findAccountTokenForUse = async (db: DbOrTx, tokenHash: string) => {
  const [row] = await db
    .select({ id: accountTokens.id, userId: accountTokens.userId, purpose: accountTokens.purpose, expiresAt: accountTokens.expiresAt, usedAt: accountTokens.usedAt })
    .from(accountTokens)
    .where(eq(accountTokens.tokenHash, tokenHash))
    .for("update");
  return row ?? null;
};

export const markAccountTokenUsed = (db: DbOrTx, id: string, at: Date) =>
  db.update(accountTokens).set({ usedAt: at }).where(and(eq(accountTokens.id, id), isNull(accountTokens.usedAt)));

/** Retires every unused token of a purpose for a person: a new link, a reset or a verification voids the older ones. */
export const retireAccountTokens = (db: DbOrTx, params: { userId: string; purpose: "verify_email" | "password_reset"; at: Date }) =>
  db
    .update(accountTokens)
    .set({ usedAt: params.at })
    .where(and(eq(accountTokens.userId, params.userId), eq(accountTokens.purpose, params.purpose), isNull(accountTokens.usedAt)));

/** Tokens of a purpose a person was sent since `since`: how often a link may be resent. */
export const countRecentAccountTokens = async (db: DbOrTx, params: { userId: string; purpose: "verify_email" | "password_reset"; since: Date }) => {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(accountTokens)
    .where(and(eq(accountTokens.userId, params.userId), eq(accountTokens.purpose, params.purpose), gt(accountTokens.createdAt, params.since)));
  return row?.n ?? 0;
};
