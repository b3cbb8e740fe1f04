import { DAY_MS, witaDayNumber } from "../time/wita";

/**
 * A storefront's proof, computed from the ledger (orders, BAST receipts, invoices, ratings) and never typed in:
 * the record of delivering to government that no ordinary marketplace can show.
 */

/** Statuses an order reaches only after a BAST was signed. */
export const COMPLETED_ORDER_STATUSES = ["received", "invoiced", "paid", "closed"] as const;

export type ProofOrder = {
  opdId: string;
  status: string;
  placedAt: Date;
  shippedAt: Date | null;
  /** The longest lead time among the order's products: the buyer was told the order would be ready by then. */
  leadTimeDays: number;
  orderedQuantity: number;
  receivedQuantity: number;
  receiptCount: number;
};
export type ProofInvoice = { issuedAt: Date; paidAt: Date | null };
export type ProofRating = { stars: number };

export type StorefrontProof = {
  opdsServed: number;
  ordersCompleted: number;
  /** Shipped by the WITA day `placed + lead time`; null before the first shipment. */
  onTime: { shipped: number; onTime: number; rate: number | null };
  /** Orders with a BAST whose every unit ordered was received. */
  bastsInFull: { withBast: number; inFull: number };
  /** Median days from BAST (invoice issued) to payment, one decimal; null before the first payment. */
  medianDaysToPaid: number | null;
  paidInvoices: number;
  rating: { average: number | null; count: number };
};

const COMPLETED: ReadonlySet<string> = new Set(COMPLETED_ORDER_STATUSES);

/** True when the order was shipped no later than the WITA calendar day its lead time promised. */
export const isShippedOnTime = (order: Pick<ProofOrder, "placedAt" | "shippedAt" | "leadTimeDays">): boolean =>
  order.shippedAt !== null && witaDayNumber(order.shippedAt) <= witaDayNumber(order.placedAt) + order.leadTimeDays;

export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export const computeStorefrontProof = (input: {
  orders: readonly ProofOrder[];
  invoices: readonly ProofInvoice[];
  ratings: readonly ProofRating[];
}): StorefrontProof => {
  const completed = input.orders.filter((o) => COMPLETED.has(o.status));
  const shipped = input.orders.filter((o) => o.shippedAt !== null);
  const onTime = shipped.filter(isShippedOnTime).length;
  const withBast = input.orders.filter((o) => o.receiptCount > 0);
  const paidDays = input.invoices.flatMap((i) => (i.paidAt ? [(i.paidAt.getTime() - i.issuedAt.getTime()) / DAY_MS] : []));
  const medianDays = median(paidDays);
  const stars = input.ratings.map((r) => r.stars);
  return {
    opdsServed: new Set(completed.map((o) => o.opdId)).size,
    ordersCompleted: completed.length,
    onTime: { shipped: shipped.length, onTime, rate: shipped.length === 0 ? null : round(onTime / shipped.length, 4) },
    bastsInFull: { withBast: withBast.length, inFull: withBast.filter((o) => o.receivedQuantity >= o.orderedQuantity).length },
    medianDaysToPaid: medianDays === null ? null : round(Math.max(0, medianDays), 1),
    paidInvoices: paidDays.length,
    rating: { average: stars.length === 0 ? null : round(stars.reduce((a, b) => a + b, 0) / stars.length, 2), count: stars.length },
  };
};
