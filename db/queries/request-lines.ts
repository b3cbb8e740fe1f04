import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { requestLines } from "../schema";

export const listRequestLines = (db: DbOrTx, requestId: string) =>
  db.select().from(requestLines).where(eq(requestLines.requestId, requestId)).orderBy(asc(requestLines.businessId), asc(requestLines.id));

export const replaceRequestLines = async (db: DbOrTx, requestId: string, rows: Array<Omit<typeof requestLines.$inferInsert, "requestId">>) => {
  await db.delete(requestLines).where(eq(requestLines.requestId, requestId));
  if (rows.length === 0) return [];
  return db
    .insert(requestLines)
    .values(rows.map((r) => ({ ...r, requestId })))
    .returning();
};
