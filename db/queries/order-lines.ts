import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { orderLines, requestLines } from "../schema";

export const insertOrderLines = (db: DbOrTx, rows: Array<typeof orderLines.$inferInsert>) =>
  rows.length === 0 ? Promise.resolve([]) : db.insert(orderLines).values(rows).returning();

export const listOrderLines = (db: DbOrTx, orderId: string) =>
  db.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.id));

/** Adds received quantity only within what was ordered (the CHECK guards it too). */
export const addReceivedQuantity = async (db: DbOrTx, params: { orderLineId: string; orderId: string; quantity: number }) => {
  const updated = await db
    .update(orderLines)
    .set({ receivedQuantity: sql`${orderLines.receivedQuantity} + ${params.quantity}` })
    .where(
      and(
        eq(orderLines.id, params.orderLineId),
        eq(orderLines.orderId, params.orderId),
        sql`${orderLines.receivedQuantity} + ${params.quantity} <= ${orderLines.quantity}`,
      ),
    )
    .returning({ id: orderLines.id });
  return updated.length === 1;
};

/** The seller as it stood when the order's request was submitted (every line of one order has the same seller). */
export const findOrderSellerSnapshot = async (db: DbOrTx, orderId: string) => {
  const [row] = await db
    .select({
      nib: requestLines.sellerNib,
      name: requestLines.sellerName,
      kabupaten: requestLines.sellerKabupaten,
      scale: requestLines.sellerScale,
      isUmk: requestLines.sellerIsUmk,
    })
    .from(orderLines)
    .innerJoin(requestLines, eq(requestLines.id, orderLines.requestLineId))
    .where(eq(orderLines.orderId, orderId))
    .limit(1);
  return row ?? null;
};
