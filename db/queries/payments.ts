import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { budgetLines, businesses, invoices, opds, orders, payments, payouts, receipts, regions, stripeEvents, users } from "../schema";

// Queries of the payments feature. Money columns are whole rupiah; raw SQL answers bigint as text, hence num().
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const rowsOf = <T>(result: unknown) => result as unknown as T[];

// ---- invoices ---------------------------------------------------------------------------------------------

export const insertInvoice = async (db: DbOrTx, row: typeof invoices.$inferInsert) => {
  const [inserted] = await db.insert(invoices).values(row).returning();
  return inserted!;
};

/** An order's invoices with their BAST number, in BAST order. */
export const listInvoicesOfOrder = (db: DbOrTx, orderId: string) =>
  db
    .select({
      id: invoices.id,
      number: invoices.number,
      orderId: invoices.orderId,
      receiptId: invoices.receiptId,
      amountIdr: invoices.amountIdr,
      status: invoices.status,
      issuedAt: invoices.issuedAt,
      paymentId: invoices.paymentId,
      paidAt: invoices.paidAt,
      bastNumber: receipts.number,
    })
    .from(invoices)
    .innerJoin(receipts, eq(receipts.id, invoices.receiptId))
    .where(eq(invoices.orderId, orderId))
    .orderBy(asc(invoices.issuedAt), asc(invoices.number));

export type InvoiceRow = Awaited<ReturnType<typeof listInvoicesOfOrder>>[number];

export const findInvoice = async (db: DbOrTx, invoiceId: string) => {
  const [row] = await db.select().from(invoices).where(eq(invoices.id, invoiceId)).limit(1);
  return row;
};

/**
 * Ties open, unclaimed invoices to a payment. Only invoices nobody else claimed (payment_id IS NULL) are
 * taken, so of two concurrent payers one gets every invoice and the other none. Returns the ids taken.
 */
export const claimOpenInvoices = async (db: DbOrTx, params: { orderId: string; invoiceIds: readonly string[]; paymentId: string }) =>
  (
    await db
      .update(invoices)
      .set({ paymentId: params.paymentId })
      .where(
        and(
          eq(invoices.orderId, params.orderId),
          inArray(invoices.id, [...params.invoiceIds]),
          eq(invoices.status, "open"),
          isNull(invoices.paymentId),
        ),
      )
      .returning({ id: invoices.id })
  ).map((r) => r.id);

/** The invoices a payment claimed become paid at its time. */
export const markInvoicesPaid = async (db: DbOrTx, params: { paymentId: string; paidAt: Date }) =>
  (
    await db
      .update(invoices)
      .set({ status: "paid", paidAt: params.paidAt })
      .where(and(eq(invoices.paymentId, params.paymentId), eq(invoices.status, "open")))
      .returning({ id: invoices.id, amountIdr: invoices.amountIdr })
  );

/** Gives a payment's invoices back to the order (expired session, refund): open and unclaimed again. */
export const releaseInvoicesOfPayment = async (db: DbOrTx, paymentId: string) =>
  (
    await db
      .update(invoices)
      .set({ status: "open", paymentId: null, paidAt: null })
      .where(eq(invoices.paymentId, paymentId))
      .returning({ id: invoices.id, amountIdr: invoices.amountIdr })
  );

// ---- payments ---------------------------------------------------------------------------------------------

export const insertPayment = async (db: DbOrTx, row: typeof payments.$inferInsert) => {
  const [inserted] = await db.insert(payments).values(row).returning();
  return inserted!;
};

export const updatePayment = async (db: DbOrTx, id: string, set: Partial<typeof payments.$inferInsert>) => {
  const [updated] = await db.update(payments).set({ ...set, updatedAt: sql`now()` }).where(eq(payments.id, id)).returning();
  return updated!;
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

// ---- budget -----------------------------------------------------------------------------------------------

/** Moves money committed → realized; false (nothing changed) when less than that is committed. */
export const realizeBudget = async (db: DbOrTx, params: { budgetLineId: string; amountIdr: number }) =>
  (
    await db
      .update(budgetLines)
      .set({
        committedIdr: sql`${budgetLines.committedIdr} - ${params.amountIdr}`,
        realizedIdr: sql`${budgetLines.realizedIdr} + ${params.amountIdr}`,
      })
      .where(and(eq(budgetLines.id, params.budgetLineId), sql`${budgetLines.committedIdr} >= ${params.amountIdr}`))
      .returning({ id: budgetLines.id })
  ).length === 1;

/** The reverse of realizeBudget, for refunds. */
export const unrealizeBudget = async (db: DbOrTx, params: { budgetLineId: string; amountIdr: number }) =>
  (
    await db
      .update(budgetLines)
      .set({
        committedIdr: sql`${budgetLines.committedIdr} + ${params.amountIdr}`,
        realizedIdr: sql`${budgetLines.realizedIdr} - ${params.amountIdr}`,
      })
      .where(and(eq(budgetLines.id, params.budgetLineId), sql`${budgetLines.realizedIdr} >= ${params.amountIdr}`))
      .returning({ id: budgetLines.id })
  ).length === 1;

// ---- receipts and order lines (what remains to receive) -------------------------------------------------------

export const sumReceivedValue = async (db: DbOrTx, orderId: string) => {
  const [row] = rowsOf<{ total: string | null }>(
    await db.execute(sql`SELECT sum(received_value_idr) AS total FROM receipts WHERE order_id = ${orderId}`),
  );
  return num(row?.total);
};

// ---- payouts ----------------------------------------------------------------------------------------------

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

export const findBusinessPayout = async (db: DbOrTx, businessId: string) => {
  const [row] = await db
    .select({
      id: businesses.id,
      name: businesses.legalName,
      nib: businesses.nib,
      address: businesses.address,
      regionId: businesses.regionId,
      kabupaten: regions.name,
      bankName: businesses.payoutBankName,
      accountNumber: businesses.payoutAccountNumber,
      accountName: businesses.payoutAccountName,
      stripeAccountId: businesses.stripeAccountId,
    })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(businesses.id, businessId))
    .limit(1);
  return row;
};

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

// ---- treasury queue and payment clock -----------------------------------------------------------------------

/** Open invoices of the given OPDs, oldest BAST first, with order, OPD and seller (payout details included). */
export const listOpenInvoicesOfOpds = (db: DbOrTx, opdIds: readonly string[]) =>
  opdIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          invoiceId: invoices.id,
          invoiceNumber: invoices.number,
          amountIdr: invoices.amountIdr,
          issuedAt: invoices.issuedAt,
          paymentId: invoices.paymentId,
          orderId: orders.id,
          orderNumber: orders.number,
          opdId: opds.id,
          opdName: opds.name,
          opdRegionId: opds.regionId,
          businessId: businesses.id,
          businessName: businesses.legalName,
          bankName: businesses.payoutBankName,
          accountNumber: businesses.payoutAccountNumber,
          accountName: businesses.payoutAccountName,
        })
        .from(invoices)
        .innerJoin(orders, eq(orders.id, invoices.orderId))
        .innerJoin(opds, eq(opds.id, orders.opdId))
        .innerJoin(businesses, eq(businesses.id, orders.businessId))
        .where(and(eq(invoices.status, "open"), inArray(orders.opdId, [...opdIds])))
        .orderBy(asc(invoices.issuedAt), asc(invoices.number));

/** Invoices of the given OPDs issued (BAST) in [from, to): what the clock of that fiscal year measures. */
export const listInvoicesForClock = (db: DbOrTx, params: { opdIds: readonly string[]; from: Date; to: Date }) =>
  params.opdIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          invoiceId: invoices.id,
          status: invoices.status,
          amountIdr: invoices.amountIdr,
          issuedAt: invoices.issuedAt,
          paidAt: invoices.paidAt,
          orderId: orders.id,
          orderNumber: orders.number,
          opdId: orders.opdId,
          businessName: businesses.legalName,
        })
        .from(invoices)
        .innerJoin(orders, eq(orders.id, invoices.orderId))
        .innerJoin(businesses, eq(businesses.id, orders.businessId))
        .where(
          and(
            inArray(orders.opdId, [...params.opdIds]),
            sql`${invoices.status} <> 'cancelled'`,
            sql`${invoices.issuedAt} >= ${params.from.toISOString()}::timestamptz AND ${invoices.issuedAt} < ${params.to.toISOString()}::timestamptz`,
          ),
        )
        .orderBy(asc(invoices.issuedAt));

export const listOpdsWithRegion = (db: DbOrTx, params: { opdIds?: readonly string[] } = {}) =>
  db
    .select({ id: opds.id, name: opds.name, regionId: opds.regionId })
    .from(opds)
    .where(params.opdIds ? (params.opdIds.length === 0 ? sql`false` : inArray(opds.id, [...params.opdIds])) : undefined)
    .orderBy(asc(opds.name));

// ---- Stripe events ----------------------------------------------------------------------------------------

/** The exactly-once key: true when this event id is new (and now recorded), false for a duplicate or replay. */
export const recordStripeEvent = async (db: DbOrTx, row: typeof stripeEvents.$inferInsert) =>
  (await db.insert(stripeEvents).values(row).onConflictDoNothing({ target: stripeEvents.id }).returning({ id: stripeEvents.id })).length === 1;

export const setStripeEventOutcome = (db: DbOrTx, id: string, outcome: string) =>
  db.update(stripeEvents).set({ outcome }).where(eq(stripeEvents.id, id));

/** Refund events that arrived before the payment they refund was known, oldest first. */
export const listDeferredRefundEvents = (db: DbOrTx, paymentIntentId: string) =>
  db
    .select()
    .from(stripeEvents)
    .where(
      and(
        eq(stripeEvents.type, "charge.refunded"),
        eq(stripeEvents.outcome, "deferred"),
        sql`${stripeEvents.payload} -> 'data' -> 'object' ->> 'payment_intent' = ${paymentIntentId}`,
      ),
    )
    .orderBy(asc(stripeEvents.stripeCreatedAt), asc(stripeEvents.receivedAt));

// ---- printable invoice ------------------------------------------------------------------------------------

/** One invoice with its BAST (signer), the lines that BAST received and the OPD: what the printout shows. */
export const findInvoiceDocument = async (db: DbOrTx, invoiceId: string) => {
  const [row] = await db
    .select({
      invoice: invoices,
      bastNumber: receipts.number,
      bastSignedAt: receipts.signedAt,
      signerName: users.name,
      orderNumber: orders.number,
      opdId: opds.id,
      opdName: opds.name,
      opdRegionId: opds.regionId,
      businessId: orders.businessId,
    })
    .from(invoices)
    .innerJoin(receipts, eq(receipts.id, invoices.receiptId))
    .innerJoin(users, eq(users.id, receipts.signedBy))
    .innerJoin(orders, eq(orders.id, invoices.orderId))
    .innerJoin(opds, eq(opds.id, orders.opdId))
    .where(eq(invoices.id, invoiceId))
    .limit(1);
  if (!row) return undefined;
  const lines = rowsOf<{ title: string; quantity: number; unitPriceIdr: string }>(
    await db.execute(sql`
      SELECT ol.title, rl.quantity, ol.unit_price_idr AS "unitPriceIdr"
      FROM receipt_lines rl JOIN order_lines ol ON ol.id = rl.order_line_id
      WHERE rl.receipt_id = ${row.invoice.receiptId}
      ORDER BY ol.title, ol.id`),
  ).map((l) => ({ title: l.title, quantity: Number(l.quantity), unitPriceIdr: num(l.unitPriceIdr) }));
  return { ...row, lines };
};

/**
 * Serializes the events of one PaymentIntent (completion vs. refund) until the transaction ends, so a refund
 * is either seen by the completion as deferred or finds the completed payment — never neither.
 */
export const lockPaymentIntent = (db: DbOrTx, paymentIntentId: string) =>
  db.execute(sql`SELECT pg_advisory_xact_lock(7340202, hashtext(${`pi:${paymentIntentId}`}))`);
