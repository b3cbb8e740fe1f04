import { and, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { apiTokens } from "../schema";

export const insertApiToken = async (db: DbOrTx, values: typeof apiTokens.$inferInsert) => {
  const [row] = await db.insert(apiTokens).values(values).returning();
  return row!;
};

export const findApiTokenByHash = async (db: DbOrTx, tokenHash: string) => {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash)).limit(1);
  return row;
};

export const listApiTokensOfUser = (db: DbOrTx, userId: string) =>
  db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));

/** Revokes the user's own token once; returns the row, or undefined when it is not theirs or already revoked. */
export const revokeApiTokenOfUser = async (db: DbOrTx, params: { id: string; userId: string; at: Date }) => {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: params.at })
    .where(and(eq(apiTokens.id, params.id), eq(apiTokens.userId, params.userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix });
  return row;
};

export const touchApiToken = (db: DbOrTx, id: string, at: Date) =>
  db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
