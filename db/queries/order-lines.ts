import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { orderLines, orders, requestLines } from "../schema";

export const insertOrderLines = (db: DbOrTx, rows: Array<typeof orderLines.$inferInsert>) =>
  rows.length === 0 ? Promise.resolve([]) : db.insert(orderLines).values(rows).returning();

export const listOrderLines = (db: DbOrTx, orderId: string) =>
  db.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.id));

/** Adds received quantity only within what was ordered (the CHECK guards it too), on an order of the OPD. */
export const addReceivedQuantity = async (db: DbOrTx, params: { orderLineId: string; orderId: string; opdId: string; quantity: number }) => {
  const orderOfOpd = db.select({ id: orders.id }).from(orders).where(and(eq(orders.id, params.orderId), eq(orders.opdId, params.opdId)));
  const updated = await db
    .update(orderLines)
    .set({ receivedQuantity: sql`${orderLines.receivedQuantity} + ${params.quantity}` })
    .where(
      and(
        eq(orderLines.id, params.orderLineId),
        inArray(orderLines.orderId, orderOfOpd),
        sql`${orderLines.receivedQuantity} + ${params.quantity} <= ${orderLines.quantity}`,
      ),
    )
    .returning({ id: orderLines.id });
  return updated.length === 1;
};

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
