import { remainingToReceiveIdr } from "@/lib/domain/payments/amounts";
import type { OrderStatus } from "./state-machine";

// How far delivery of an order has come: the rules BAST, "close the rest" and the order page share.

export type LineProgress = { quantity: number; receivedQuantity: number; /** Cut by "close the rest"; absent on stored rows. */ closedQuantity?: number };

/** Units of a line neither received (BAST) nor closed: what another BAST may still receive. */
export const outstandingQuantity = (line: LineProgress) => Math.max(0, line.quantity - line.receivedQuantity - (line.closedQuantity ?? 0));

/** The lines still outstanding. */
export const outstandingLines = <L extends LineProgress>(lines: readonly L[]): L[] => lines.filter((l) => outstandingQuantity(l) > 0);

/** Only a partly received order has a rest to close: received (or invoiced by its BASTs), with value undelivered. */
const REMAINDER_CLOSABLE: readonly OrderStatus[] = ["received", "invoiced"];

export type CloseRemainingCheck =
  | { ok: true; remainingIdr: number }
  | { ok: false; reason: "wrong_order_status" | "nothing_outstanding" };

/**
 * "Close the rest": allowed after a partial BAST while value is still undelivered; the undelivered value is
 * what the close releases from the budget and cuts from the order's total.
 */
export const checkCloseRemaining = (order: { status: OrderStatus; totalIdr: number }, receivedValuesIdr: readonly number[]): CloseRemainingCheck => {
  if (!REMAINDER_CLOSABLE.includes(order.status)) return { ok: false, reason: "wrong_order_status" };
  const remainingIdr = remainingToReceiveIdr(order.totalIdr, receivedValuesIdr);
  return remainingIdr === 0 ? { ok: false, reason: "nothing_outstanding" } : { ok: true, remainingIdr };
};
