import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { purchaseRequests, requestLines } from "../schema";

export const listRequestLines = (db: DbOrTx, requestId: string) =>
  db.select().from(requestLines).where(eq(requestLines.requestId, requestId)).orderBy(asc(requestLines.businessId), asc(requestLines.id));

/** The lines of a request the caller has just inserted (so it is the caller's, and has none yet). */
export const insertRequestLines = (db: DbOrTx, requestId: string, rows: Array<Omit<typeof requestLines.$inferInsert, "requestId">>) =>
  rows.length === 0 ? Promise.resolve([]) : db.insert(requestLines).values(rows.map((r) => ({ ...r, requestId }))).returning();

/**
 * Replaces the lines of a request of the OPD; null (nothing changed) when the request is not that OPD's.
 * The parent is checked first because the lines themselves carry no OPD.
 */
export const replaceRequestLines = async (
  db: DbOrTx,
  scope: { requestId: string; opdId: string },
  rows: Array<Omit<typeof requestLines.$inferInsert, "requestId">>,
) => {
  const [owned] = await db
    .select({ id: purchaseRequests.id })
    .from(purchaseRequests)
    .where(and(eq(purchaseRequests.id, scope.requestId), eq(purchaseRequests.opdId, scope.opdId)))
    .limit(1);
  if (!owned) return null;
  await db.delete(requestLines).where(eq(requestLines.requestId, scope.requestId));
  if (rows.length === 0) return [];
  return db
    .insert(requestLines)
    .values(rows.map((r) => ({ ...r, requestId: scope.requestId })))
    .returning();
};
