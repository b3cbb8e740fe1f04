import { awaitsSeller, orderActions, SELLER_STEP_STATUSES, type OrderActions, type OrderForActions } from "@/lib/domain/procurement/order-actions";
import { checkCloseRemaining, outstandingLines, outstandingQuantity } from "@/lib/domain/procurement/order-progress";
import { ORDER_TRANSITIONS, type OrderStatus } from "@/lib/domain/procurement/state-machine";
import { admin, approver, auditor, BUSINESS, buyer, OPD, otherOpdApprover, otherOpdBuyer, otherSeller, seller, treasurer } from "./helpers/viewers";

const STATUSES = Object.keys(ORDER_TRANSITIONS) as OrderStatus[];
const none: OrderActions = { accept: false, decline: false, ship: false, receive: false, rate: false, cancel: false, closeRemaining: false };

/** 10 units at 100: `received` of them came with BASTs worth 100 each. */
const order = (status: OrderStatus, received = 0, extra: Partial<OrderForActions> = {}): OrderForActions => ({
  status,
  opdId: OPD,
  businessId: BUSINESS,
  totalIdr: 1_000,
  lines: [{ quantity: 10, receivedQuantity: received }],
  receivedValuesIdr: received > 0 ? [received * 100] : [],
  isRated: false,
  ...extra,
});

const AFTER_BAST: OrderStatus[] = ["received", "invoiced", "paid", "closed"];

describe("orderActions", () => {
  it.each(STATUSES)("lets the seller accept or decline a placed order and ship an accepted one (%s)", (status) => {
    expect(orderActions(seller, order(status))).toEqual({ ...none, accept: status === "placed", decline: status === "placed", ship: status === "accepted" });
  });

  it.each(STATUSES)("lets the buyer sign a BAST while lines are outstanding and rate once received (%s)", (status) => {
    const partly = order(status, AFTER_BAST.includes(status) ? 4 : 0);
    expect(orderActions(buyer, partly)).toMatchObject({
      receive: ["shipped", "received", "invoiced"].includes(status),
      rate: AFTER_BAST.includes(status),
      closeRemaining: status === "received" || status === "invoiced",
      accept: false, ship: false, cancel: false,
    });
  });

  it.each(STATUSES)("lets the PPK cancel before shipping, rate and close the rest (%s)", (status) => {
    expect(orderActions(approver, order(status, AFTER_BAST.includes(status) ? 4 : 0))).toEqual({
      ...none,
      cancel: status === "placed" || status === "accepted",
      rate: AFTER_BAST.includes(status),
      closeRemaining: status === "received" || status === "invoiced",
    });
  });

  it("offers no BAST and no close once everything is received or the rest was closed", () => {
    expect(orderActions(buyer, order("invoiced", 10))).toMatchObject({ receive: false, closeRemaining: false, rate: true });
    const closed = order("invoiced", 4, { lines: [{ quantity: 10, receivedQuantity: 4, closedQuantity: 6 }], totalIdr: 400 });
    expect(orderActions(buyer, closed)).toMatchObject({ receive: false, closeRemaining: false });
  });

  it("rates once", () => {
    expect(orderActions(buyer, order("received", 10, { isRated: true })).rate).toBe(false);
  });

  it("gives other OPDs, other sellers and readers nothing", () => {
    for (const viewer of [otherOpdBuyer, otherOpdApprover, otherSeller, treasurer, auditor, admin, null]) {
      for (const status of STATUSES) expect(orderActions(viewer, order(status, 4))).toEqual(none);
    }
  });

  it("lists placed and accepted orders as waiting on the seller", () => {
    expect([...SELLER_STEP_STATUSES].sort()).toEqual(["accepted", "placed"]);
    expect(awaitsSeller(orderActions(seller, order("placed")))).toBe(true);
    expect(awaitsSeller(orderActions(seller, order("shipped")))).toBe(false);
    expect(awaitsSeller(orderActions(buyer, order("placed")))).toBe(false);
  });
});

describe("order progress", () => {
  it("counts what is neither received nor closed as outstanding", () => {
    expect(outstandingQuantity({ quantity: 10, receivedQuantity: 4 })).toBe(6);
    expect(outstandingQuantity({ quantity: 10, receivedQuantity: 4, closedQuantity: 6 })).toBe(0);
    expect(outstandingLines([{ quantity: 2, receivedQuantity: 2 }, { quantity: 3, receivedQuantity: 1 }])).toEqual([{ quantity: 3, receivedQuantity: 1 }]);
  });

  it("closes the rest only of a partly received order with value still undelivered", () => {
    expect(checkCloseRemaining({ status: "received", totalIdr: 1_000 }, [400])).toEqual({ ok: true, remainingIdr: 600 });
    expect(checkCloseRemaining({ status: "invoiced", totalIdr: 1_000 }, [400, 100])).toEqual({ ok: true, remainingIdr: 500 });
    expect(checkCloseRemaining({ status: "invoiced", totalIdr: 1_000 }, [1_000])).toEqual({ ok: false, reason: "nothing_outstanding" });
    for (const status of ["placed", "accepted", "shipped", "paid", "closed", "cancelled", "declined"] as const) {
      expect(checkCloseRemaining({ status, totalIdr: 1_000 }, [400])).toEqual({ ok: false, reason: "wrong_order_status" });
    }
  });
});
