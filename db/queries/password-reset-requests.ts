import { and, count, eq, gte } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { passwordResetRequests } from "../schema";

export const recordPasswordResetRequest = (db: DbOrTx, row: { email: string; ip: string; at: Date }) => db.insert(passwordResetRequests).values(row);

/** Reset requests since `since` for this (address, client) pair and for the client on any address. */
export const countRecentPasswordResetRequests = async (db: DbOrTx, params: { email: string; ip: string; since: Date }) => {
  const recent = gte(passwordResetRequests.at, params.since);
  const [[pair], [client]] = await Promise.all([
    db.select({ n: count() }).from(passwordResetRequests).where(and(recent, eq(passwordResetRequests.email, params.email), eq(passwordResetRequests.ip, params.ip))),
    db.select({ n: count() }).from(passwordResetRequests).where(and(recent, eq(passwordResetRequests.ip, params.ip))),
  ]);
  return { pair: pair?.n ?? 0, client: client?.n ?? 0 };
};
