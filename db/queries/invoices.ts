import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businesses, invoices, opds, orders, receipts, users } from "../schema";
import { num, opdsOfRegion, rowsOf, within, type Period } from "./columns";

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

/** How many orders of the given OPDs have an open invoice: the rows of the treasurer's queue. */
export const countOrdersAwaitingPayment = async (db: DbOrTx, opdIds: readonly string[]) => {
  if (opdIds.length === 0) return 0;
  const [row] = await db
    .select({ count: sql<number>`count(distinct ${orders.id})::int` })
    .from(invoices)
    .innerJoin(orders, eq(orders.id, invoices.orderId))
    .where(and(eq(invoices.status, "open"), inArray(orders.opdId, [...opdIds])));
  return row?.count ?? 0;
};

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

/** A business's invoices that were not cancelled: when each BAST was invoiced and when it was paid. */
export const listInvoicesOfBusiness = (db: DbOrTx, params: { businessId: string }) =>
  db
    .select({ issuedAt: invoices.issuedAt, paidAt: invoices.paidAt })
    .from(invoices)
    .innerJoin(orders, eq(orders.id, invoices.orderId))
    .where(and(eq(orders.businessId, params.businessId), sql`${invoices.status} <> 'cancelled'`));
// ---- red flags (issue 15): set-based reads over a region's fiscal year (by BAST time) ----------------------

/**
 * Invoices (one per BAST) of the period whose payment clock passed `maxDays` calendar days, loosely in SQL so
 * the pure rule decides in WITA days: paid later than that, or still open at `now`.
 */
export const listLateInvoices = async (db: DbOrTx, params: { regionId: string; now: Date; maxDays: number } & Period) =>
  rowsOf<{ invoiceId: string; invoiceNumber: string; orderId: string; orderNumber: string; receiptId: string; receiptNumber: string; opdId: string; businessName: string; amountIdr: string; issuedAt: string | Date; paidAt: string | Date | null }>(
    await db.execute(sql`
      SELECT i.id AS "invoiceId", i.number AS "invoiceNumber", o.id AS "orderId", o.number AS "orderNumber", r.id AS "receiptId", r.number AS "receiptNumber",
             o.opd_id AS "opdId", b.legal_name AS "businessName", i.amount_idr AS "amountIdr", i.issued_at AS "issuedAt", i.paid_at AS "paidAt"
      FROM invoices i JOIN orders o ON o.id = i.order_id JOIN receipts r ON r.id = i.receipt_id JOIN businesses b ON b.id = o.business_id
      WHERE o.opd_id IN ${opdsOfRegion(params.regionId)} AND ${within(sql.raw("i.issued_at"), params)}
        AND ((i.status = 'paid' AND i.paid_at - i.issued_at > make_interval(days => ${params.maxDays}))
          OR (i.status = 'open' AND ${params.now.toISOString()}::timestamptz - i.issued_at > make_interval(days => ${params.maxDays})))`),
  ).map((r) => ({ ...r, amountIdr: num(r.amountIdr), issuedAt: new Date(r.issuedAt), paidAt: r.paidAt ? new Date(r.paidAt) : null }));
