import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { purchaseRequests } from "../schema";

export const insertPurchaseRequest = async (db: DbOrTx, row: typeof purchaseRequests.$inferInsert) => {
  const [inserted] = await db.insert(purchaseRequests).values(row).returning();
  return inserted!;
};

/** Changes the request only when it belongs to the OPD; null (nothing changed) otherwise. */
export const updatePurchaseRequest = async (
  db: DbOrTx,
  scope: { id: string; opdId: string },
  set: Partial<typeof purchaseRequests.$inferInsert>,
) => {
  const [updated] = await db
    .update(purchaseRequests)
    .set({ ...set, updatedAt: sql`now()` })
    .where(and(eq(purchaseRequests.id, scope.id), eq(purchaseRequests.opdId, scope.opdId)))
    .returning();
  return updated ?? null;
};

export const findPurchaseRequest = async (db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}) => {
  const query = db.select().from(purchaseRequests).where(eq(purchaseRequests.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
};

/** Submitted requests of the given OPDs, oldest first: the approver's inbox. */
export const listSubmittedRequests = (db: DbOrTx, opdIds: readonly string[]) =>
  opdIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          id: purchaseRequests.id,
          number: purchaseRequests.number,
          opdId: purchaseRequests.opdId,
          buyerId: purchaseRequests.buyerId,
          purpose: purchaseRequests.purpose,
          totalIdr: purchaseRequests.totalIdr,
          neededBy: purchaseRequests.neededBy,
          submittedAt: purchaseRequests.submittedAt,
          justificationCode: purchaseRequests.justificationCode,
          complianceDecision: purchaseRequests.complianceDecision,
          policyVersion: purchaseRequests.policyVersion,
        })
        .from(purchaseRequests)
        .where(and(inArray(purchaseRequests.opdId, [...opdIds]), eq(purchaseRequests.status, "submitted")))
        .orderBy(asc(purchaseRequests.submittedAt), asc(purchaseRequests.id));

/** How many submitted requests of the given OPDs wait for someone other than their own buyer (no self-approval). */
export const countSubmittedRequestsAwaiting = async (db: DbOrTx, params: { opdIds: readonly string[]; deciderId: string }) => {
  if (params.opdIds.length === 0) return 0;
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(purchaseRequests)
    .where(and(inArray(purchaseRequests.opdId, [...params.opdIds]), eq(purchaseRequests.status, "submitted"), ne(purchaseRequests.buyerId, params.deciderId)));
  return row?.count ?? 0;
};

/** A buyer's own requests, newest first. */
export const listRequestsOfBuyer = (db: DbOrTx, buyerId: string, limit = 100) =>
  db
    .select({
      id: purchaseRequests.id,
      number: purchaseRequests.number,
      opdId: purchaseRequests.opdId,
      status: purchaseRequests.status,
      purpose: purchaseRequests.purpose,
      totalIdr: purchaseRequests.totalIdr,
      submittedAt: purchaseRequests.submittedAt,
      createdAt: purchaseRequests.createdAt,
    })
    .from(purchaseRequests)
    .where(eq(purchaseRequests.buyerId, buyerId))
    .orderBy(desc(purchaseRequests.createdAt), desc(purchaseRequests.id))
    .limit(limit);

export const listRequestsOfEvent = (db: DbOrTx, eventId: string) =>
  db
    .select({ id: purchaseRequests.id, number: purchaseRequests.number, status: purchaseRequests.status })
    .from(purchaseRequests)
    .where(eq(purchaseRequests.eventId, eventId))
    .orderBy(asc(purchaseRequests.number));
