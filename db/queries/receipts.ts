import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { orderLines, orders, receiptLines, receipts, requestLines, users } from "../schema";
import { num, rowsOf } from "./columns";

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
