import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { payments, users } from "../schema";
import { num, rowsOf } from "./columns";

export const insertPayment = async (db: DbOrTx, row: typeof payments.$inferInsert) => {
  const [inserted] = await db.insert(payments).values(row).returning();
  return inserted!;
};

/** Changes the payment only when it is one of that order's; null (nothing changed) otherwise. */
export const updatePayment = async (db: DbOrTx, scope: { id: string; orderId: string }, set: Partial<typeof payments.$inferInsert>) => {
  const [updated] = await db
    .update(payments)
    .set({ ...set, updatedAt: sql`now()` })
    .where(and(eq(payments.id, scope.id), eq(payments.orderId, scope.orderId)))
    .returning();
  return updated ?? null;
};

export const findPayment = async (db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}) => {
  const query = db.select().from(payments).where(eq(payments.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
};

// Lookups only: callers lock the order first, then the payment (findPayment forUpdate), like every operation.
export const findPaymentBySession = async (db: DbOrTx, sessionId: string) => {
  const [row] = await db.select().from(payments).where(eq(payments.stripeCheckoutSessionId, sessionId)).limit(1);
  return row;
};

export const findPaymentByIntent = async (db: DbOrTx, paymentIntentId: string) => {
  const [row] = await db.select().from(payments).where(eq(payments.stripePaymentIntentId, paymentIntentId)).limit(1);
  return row;
};

export const findPendingCardPayment = async (db: DbOrTx, orderId: string) => {
  const [row] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.orderId, orderId), eq(payments.method, "kkpd_card"), eq(payments.status, "pending")))
    .limit(1);
  return row;
};

export const findTransferByReference = async (db: DbOrTx, params: { method: "sp2d" | "up"; reference: string }) => {
  const [row] = await db
    .select({ id: payments.id, orderId: payments.orderId })
    .from(payments)
    .where(and(eq(payments.method, params.method), eq(payments.reference, params.reference)))
    .limit(1);
  return row;
};

/** An order's payments, oldest first, with who recorded each. */
export const listPaymentsOfOrder = (db: DbOrTx, orderId: string) =>
  db
    .select({ payment: payments, recordedByName: users.name })
    .from(payments)
    .leftJoin(users, eq(users.id, payments.recordedBy))
    .where(eq(payments.orderId, orderId))
    .orderBy(asc(payments.createdAt), asc(payments.id));

/**
 * Card money an OPD has paid (or is paying) one payee in a period, net of refunds: what CARD_LIMIT adds the
 * new payment to.
 */
export const sumCardPaymentsToPayee = async (db: DbOrTx, params: { opdId: string; businessId: string; from: Date; to: Date }) => {
  const [row] = rowsOf<{ total: string | null }>(
    await db.execute(sql`
      SELECT sum(p.amount_idr - p.refunded_amount_idr) AS total
      FROM payments p JOIN orders o ON o.id = p.order_id
      WHERE o.opd_id = ${params.opdId} AND o.business_id = ${params.businessId}
        AND p.method = 'kkpd_card' AND p.status IN ('pending', 'succeeded')
        AND p.created_at >= ${params.from.toISOString()}::timestamptz AND p.created_at < ${params.to.toISOString()}::timestamptz`),
  );
  return num(row?.total);
};

/**
 * Serializes the events of one PaymentIntent (completion vs. refund) until the transaction ends, so a refund
 * is either seen by the completion as deferred or finds the completed payment — never neither.
 */
export const lockPaymentIntent = (db: DbOrTx, paymentIntentId: string) =>
  db.execute(sql`SELECT pg_advisory_xact_lock(7340202, hashtext(${`pi:${paymentIntentId}`}))`);
