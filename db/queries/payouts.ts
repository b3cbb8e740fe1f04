import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businesses, opds, orders, payments, payouts } from "../schema";

export const insertPayout = async (db: DbOrTx, row: typeof payouts.$inferInsert) => {
  const [inserted] = await db.insert(payouts).values(row).onConflictDoNothing({ target: payouts.paymentId }).returning();
  return inserted;
};

export const findPayoutOfPayment = async (db: DbOrTx, paymentId: string) => {
  const [row] = await db.select().from(payouts).where(eq(payouts.paymentId, paymentId)).limit(1);
  return row;
};

export const listPayoutsOfOrder = (db: DbOrTx, orderId: string) =>
  db.select().from(payouts).where(eq(payouts.orderId, orderId)).orderBy(desc(payouts.disbursedAt));

/** Succeeded card payments (net of refunds) the platform has not yet disbursed, oldest first, in some regions. */
export const listUndisbursedCardPayments = (db: DbOrTx, regionIds: readonly string[]) =>
  regionIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          paymentId: payments.id,
          orderId: orders.id,
          orderNumber: orders.number,
          amountIdr: sql<number>`(${payments.amountIdr} - ${payments.refundedAmountIdr})`.mapWith(Number),
          paidAt: payments.paidAt,
          businessId: businesses.id,
          businessName: businesses.legalName,
          bankName: businesses.payoutBankName,
          accountNumber: businesses.payoutAccountNumber,
          accountName: businesses.payoutAccountName,
          stripeAccountId: businesses.stripeAccountId,
        })
        .from(payments)
        .innerJoin(orders, eq(orders.id, payments.orderId))
        .innerJoin(opds, eq(opds.id, orders.opdId))
        .innerJoin(businesses, eq(businesses.id, orders.businessId))
        .leftJoin(payouts, eq(payouts.paymentId, payments.id))
        .where(
          and(
            eq(payments.method, "kkpd_card"),
            eq(payments.status, "succeeded"),
            isNull(payouts.id),
            inArray(opds.regionId, [...regionIds]),
            sql`${payments.amountIdr} > ${payments.refundedAmountIdr}`,
          ),
        )
        .orderBy(asc(payments.paidAt), asc(payments.id));

/**
 * Card payments paid in [from, to) with their payout, if any — the platform's clock (paid → disbursed). A
 * disbursed payment counts whatever happened later (a chargeback does not undo the disbursement); one without a
 * payout counts only while the platform still owes it (succeeded, not fully refunded). `regionIds` undefined:
 * every region (the public figure).
 */
export const listCardPaymentsForPayoutClock = (db: DbOrTx, params: { regionIds?: readonly string[]; from: Date; to: Date }) =>
  params.regionIds?.length === 0
    ? Promise.resolve([])
    : db
        .select({ paymentId: payments.id, paidAt: payments.paidAt, disbursedAt: payouts.disbursedAt })
        .from(payments)
        .innerJoin(orders, eq(orders.id, payments.orderId))
        .innerJoin(opds, eq(opds.id, orders.opdId))
        .leftJoin(payouts, eq(payouts.paymentId, payments.id))
        .where(
          and(
            eq(payments.method, "kkpd_card"),
            sql`${payments.paidAt} >= ${params.from.toISOString()}::timestamptz AND ${payments.paidAt} < ${params.to.toISOString()}::timestamptz`,
            sql`(${payouts.id} IS NOT NULL OR (${payments.status} = 'succeeded' AND ${payments.amountIdr} > ${payments.refundedAmountIdr}))`,
            params.regionIds ? inArray(opds.regionId, [...params.regionIds]) : undefined,
          ),
        )
        .orderBy(asc(payments.paidAt), asc(payments.id));
