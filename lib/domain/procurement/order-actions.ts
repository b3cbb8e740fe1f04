import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { checkCloseRemaining, outstandingLines, type LineProgress } from "./order-progress";
import { canTransitionOrder, isRateableOrder, ORDER_TRANSITIONS, type OrderStatus } from "./state-machine";

export type OrderForActions = {
  status: OrderStatus;
  opdId: string;
  businessId: string;
  totalIdr: number;
  lines: readonly LineProgress[];
  /** The received value of each BAST signed so far. */
  receivedValuesIdr: readonly number[];
  isRated: boolean;
};

export type OrderActions = {
  accept: boolean;
  decline: boolean;
  ship: boolean;
  /** Sign a BAST (partial allowed) while lines are outstanding. */
  receive: boolean;
  rate: boolean;
  cancel: boolean;
  /** Cancel what a partial BAST left undelivered. */
  closeRemaining: boolean;
};

/**
 * What this viewer may do next with this order: the seller accepts, declines or ships; the buyer receives and
 * rates; the PPK cancels before shipping; the buyer or PPK closes the rest. The services check all of it again.
 */
export const orderActions = (viewer: Viewer | null, order: OrderForActions): OrderActions => {
  const opd = { opdId: order.opdId };
  const isSeller = can(viewer, "order.fulfil", { businessId: order.businessId });
  const to = (next: OrderStatus) => canTransitionOrder(order.status, next);
  return {
    accept: isSeller && to("accepted"),
    decline: isSeller && to("declined"),
    ship: isSeller && to("shipped"),
    receive: can(viewer, "order.receive", opd) && to("received") && outstandingLines(order.lines).length > 0,
    rate: can(viewer, "order.rate", opd) && isRateableOrder(order.status) && !order.isRated,
    cancel: can(viewer, "order.cancel", opd) && to("cancelled"),
    closeRemaining: can(viewer, "order.close_remaining", opd) && checkCloseRemaining(order, order.receivedValuesIdr).ok,
  };
};

/** Statuses in which the seller has the next step (accept or decline, or ship): the seller's "waiting" list. */
export const SELLER_STEP_STATUSES: readonly OrderStatus[] = (Object.keys(ORDER_TRANSITIONS) as OrderStatus[]).filter((s) =>
  (["accepted", "declined", "shipped"] as const).some((next) => canTransitionOrder(s, next)),
);

/** The seller has something to do on this order now. */
export const awaitsSeller = (actions: Pick<OrderActions, "accept" | "decline" | "ship">) => actions.accept || actions.decline || actions.ship;
