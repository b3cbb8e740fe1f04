import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { orderLines, orders, receiptLines, receipts, requestLines, users } from "../schema";
import { num, opdsOfRegion, rowsOf, within, type Period } from "./columns";

/** Records a BAST on an order of the OPD; null (nothing written) when the order is not that OPD's. */
export const insertReceipt = async (
  db: DbOrTx,
  scope: { opdId: string },
  row: typeof receipts.$inferInsert,
  lines: Array<{ orderLineId: string; quantity: number }>,
) => {
  const [owned] = await db.select({ id: orders.id }).from(orders).where(and(eq(orders.id, row.orderId), eq(orders.opdId, scope.opdId))).limit(1);
  if (!owned) return null;
  const [receipt] = await db.insert(receipts).values(row).returning();
  await db.insert(receiptLines).values(lines.map((l) => ({ ...l, receiptId: receipt!.id })));
  return receipt!;
};

export const listReceiptsOfOrder = async (db: DbOrTx, orderId: string) => {
  // The signer's name is part of the BAST itself: every party printing it must see who signed.
  const rows = (
    await db
      .select({ receipt: receipts, signerName: users.name })
      .from(receipts)
      .innerJoin(users, eq(users.id, receipts.signedBy))
      .where(eq(receipts.orderId, orderId))
      .orderBy(asc(receipts.signedAt), asc(receipts.number))
  ).map((r) => ({ ...r.receipt, signerName: r.signerName }));
  if (rows.length === 0) return [];
  const lines = await db
    .select({ receiptId: receiptLines.receiptId, orderLineId: receiptLines.orderLineId, quantity: receiptLines.quantity })
    .from(receiptLines)
    .where(inArray(receiptLines.receiptId, rows.map((r) => r.id)));
  return rows.map((r) => ({ ...r, lines: lines.filter((l) => l.receiptId === r.id).map(({ orderLineId, quantity }) => ({ orderLineId, quantity })) }));
};

export const sumReceivedValue = async (db: DbOrTx, orderId: string) => {
  const [row] = rowsOf<{ total: string | null }>(
    await db.execute(sql`SELECT sum(received_value_idr) AS total FROM receipts WHERE order_id = ${orderId}`),
  );
  return num(row?.total);
};

/** Each line of a BAST with the order line's price and the request line's seller snapshot. */
export const listReceiptLinesWithSnapshot = (db: DbOrTx, receiptId: string) =>
  db
    .select({
      receiptLineId: receiptLines.id,
      quantity: receiptLines.quantity,
      unitPriceIdr: orderLines.unitPriceIdr,
      title: orderLines.title,
      categorySlug: requestLines.categorySlug,
      isFood: requestLines.isFood,
      businessId: requestLines.businessId,
      sellerName: requestLines.sellerName,
      sellerNib: requestLines.sellerNib,
      sellerScale: requestLines.sellerScale,
      sellerIsUmk: requestLines.sellerIsUmk,
      sellerKabupaten: requestLines.sellerKabupaten,
      sellerVerifiedAt: requestLines.sellerVerifiedAt,
      isLocal: requestLines.isLocal,
    })
    .from(receiptLines)
    .innerJoin(orderLines, eq(orderLines.id, receiptLines.orderLineId))
    .innerJoin(requestLines, eq(requestLines.id, orderLines.requestLineId))
    .where(eq(receiptLines.receiptId, receiptId))
    .orderBy(asc(receiptLines.id));

// ---- red flags (issue 15) ----------------------------------------------------------------------------------

/** BASTs of the period signed outside the working hours in WITA, on a weekend or on one of `holidays` (loosely; the rule decides). */
export const listReceiptsSignedOffHours = async (db: DbOrTx, params: { regionId: string; startHour: number; endHour: number; holidays: readonly string[] } & Period) => {
  const local = sql`(r.signed_at AT TIME ZONE 'Asia/Makassar')`;
  const holidays = params.holidays.length === 0 ? sql`false` : sql`${local}::date IN (${sql.join(params.holidays.map((d) => sql`${d}::date`), sql`, `)})`;
  return rowsOf<{ receiptId: string; receiptNumber: string; orderId: string; orderNumber: string; opdId: string; signedAt: string | Date }>(
    await db.execute(sql`
      SELECT r.id AS "receiptId", r.number AS "receiptNumber", o.id AS "orderId", o.number AS "orderNumber", o.opd_id AS "opdId", r.signed_at AS "signedAt"
      FROM receipts r JOIN orders o ON o.id = r.order_id
      WHERE o.opd_id IN ${opdsOfRegion(params.regionId)} AND ${within(sql.raw("r.signed_at"), params)}
        AND (extract(isodow FROM ${local}) > 5 OR extract(hour FROM ${local}) < ${params.startHour} OR extract(hour FROM ${local}) >= ${params.endHour} OR ${holidays})`),
  ).map((r) => ({ ...r, signedAt: new Date(r.signedAt) }));
};
