import type { DbOrTx } from "@/db/client";
import { releaseBudget } from "@/db/queries/budget-lines";
import { listOrderLines } from "@/db/queries/order-lines";
import { releaseStock } from "@/db/queries/products";
import { enqueueProductSync } from "@/db/queries/search-outbox";
import { conflict } from "@/lib/errors";

/**
 * Gives back what an order holds (in the caller's transaction): its reserved stock to each product (queued
 * for search, products locked in id order like approval) and its total to the committed budget.
 */
export const releaseOrderHoldings = async (tx: DbOrTx, order: { id: string; opdId: string; budgetLineId: string; totalIdr: number }) => {
  const lines = await listOrderLines(tx, order.id);
  const perProduct = new Map<string, number>();
  for (const l of lines) perProduct.set(l.productId, (perProduct.get(l.productId) ?? 0) + l.quantity);
  const productIds = [...perProduct.keys()].sort();
  for (const productId of productIds) await releaseStock(tx, { productId, quantity: perProduct.get(productId)! });
  if (!(await releaseBudget(tx, { budgetLineId: order.budgetLineId, opdId: order.opdId, amountIdr: order.totalIdr }))) {
    // Committed money below this order's total means the books are already wrong: refuse, change nothing.
    throw conflict("budget_out_of_balance", { id: "Komitmen anggaran tidak sesuai pesanan.", en: "The budget commitment does not match the order." });
  }
  await enqueueProductSync(tx, productIds);
  return { releasedBudgetIdr: order.totalIdr, releasedStock: productIds.map((productId) => ({ productId, quantity: perProduct.get(productId)! })) };
};
