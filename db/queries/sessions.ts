import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { revokedSessions, users } from "../schema";

/** The session's person, active only, with their current session version and whether this session was signed out. */
export const findSessionUser = async (db: DbOrTx, params: { userId: string; sessionId: string | null }) => {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      sessionVersion: users.sessionVersion,
      revoked: params.sessionId
        ? sql<boolean>`exists (select 1 from ${revokedSessions} where ${revokedSessions.sessionId} = ${params.sessionId})`
        : sql<boolean>`false`,
    })
    .from(users)
    .where(and(eq(users.id, params.userId), eq(users.isActive, true)))
    .limit(1);
  return row ?? null;
};

export const revokeSession = (db: DbOrTx, params: { sessionId: string; userId: string; expiresAt: Date }) =>
  db.insert(revokedSessions).values(params).onConflictDoNothing();

/** Ends every session of the person at their next request; returns the new version (null: no such user). */
export const bumpSessionVersion = async (db: DbOrTx, userId: string) => {
  const [row] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  return row?.sessionVersion ?? null;
};

export const findSessionVersion = async (db: DbOrTx, userId: string) => {
  const [row] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return row?.sessionVersion ?? 0;
};
