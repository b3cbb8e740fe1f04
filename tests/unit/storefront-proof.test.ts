import { computeStorefrontProof, isShippedOnTime, median, type ProofOrder } from "@/lib/domain/storefront/proof";

const order = (over: Partial<ProofOrder> = {}): ProofOrder => ({
  opdId: "opd-a",
  status: "paid",
  placedAt: new Date("2026-05-04T01:00:00Z"), // 09:00 WITA, 4 May
  shippedAt: new Date("2026-05-05T03:00:00Z"),
  leadTimeDays: 2,
  orderedQuantity: 10,
  receivedQuantity: 10,
  receiptCount: 1,
  ...over,
});

describe("isShippedOnTime", () => {
  it("counts WITA calendar days: shipped on the last promised day is on time, the day after is late", () => {
    expect(isShippedOnTime(order({ shippedAt: new Date("2026-05-06T15:59:00Z") }))).toBe(true); // 23:59 WITA, 6 May
    expect(isShippedOnTime(order({ shippedAt: new Date("2026-05-06T16:00:00Z") }))).toBe(false); // 00:00 WITA, 7 May
  });
  it("a lead time of 0 means the same WITA day", () => {
    expect(isShippedOnTime(order({ leadTimeDays: 0, shippedAt: new Date("2026-05-04T15:00:00Z") }))).toBe(true);
    expect(isShippedOnTime(order({ leadTimeDays: 0, shippedAt: new Date("2026-05-04T16:30:00Z") }))).toBe(false);
  });
  it("an order never shipped is not on time", () => {
    expect(isShippedOnTime(order({ shippedAt: null }))).toBe(false);
  });
});

describe("median", () => {
  it("is the middle value, or the mean of the two middle ones; null for nothing", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("computeStorefrontProof", () => {
  it("is all zeros and nulls for a new seller", () => {
    expect(computeStorefrontProof({ orders: [], invoices: [], ratings: [] })).toEqual({
      opdsServed: 0, ordersCompleted: 0, onTime: { shipped: 0, onTime: 0, rate: null }, bastsInFull: { withBast: 0, inFull: 0 },
      medianDaysToPaid: null, paidInvoices: 0, rating: { average: null, count: 0 },
    });
  });

  it("counts completed orders and their OPDs only (placed, accepted, shipped, cancelled and declined do not serve anyone)", () => {
    const proof = computeStorefrontProof({
      orders: [
        order({ opdId: "a", status: "received" }), order({ opdId: "a", status: "closed" }), order({ opdId: "b", status: "invoiced" }),
        order({ opdId: "c", status: "placed", shippedAt: null, receiptCount: 0, receivedQuantity: 0 }),
        order({ opdId: "d", status: "cancelled", shippedAt: null, receiptCount: 0, receivedQuantity: 0 }),
        order({ opdId: "e", status: "shipped", receiptCount: 0, receivedQuantity: 0 }),
      ],
      invoices: [],
      ratings: [],
    });
    expect(proof.ordersCompleted).toBe(3);
    expect(proof.opdsServed).toBe(2);
    expect(proof.onTime).toEqual({ shipped: 4, onTime: 4, rate: 1 });
  });

  it("on-time rate over shipped orders; BASTs in full over orders with a BAST; partial deliveries are not in full", () => {
    const proof = computeStorefrontProof({
      orders: [
        order(),
        order({ shippedAt: new Date("2026-05-10T01:00:00Z") }),
        order({ receivedQuantity: 6, status: "closed" }),
        order({ status: "shipped", receiptCount: 0, receivedQuantity: 0 }),
      ],
      invoices: [],
      ratings: [],
    });
    expect(proof.onTime).toEqual({ shipped: 4, onTime: 3, rate: 0.75 });
    expect(proof.bastsInFull).toEqual({ withBast: 3, inFull: 2 });
  });

  it("median days from BAST to paid over paid invoices only, one decimal; rating average to two decimals", () => {
    const issued = new Date("2026-05-01T02:00:00Z");
    const after = (days: number) => new Date(issued.getTime() + days * 86_400_000);
    const proof = computeStorefrontProof({
      orders: [],
      invoices: [{ issuedAt: issued, paidAt: after(1) }, { issuedAt: issued, paidAt: after(2.25) }, { issuedAt: issued, paidAt: after(9) }, { issuedAt: issued, paidAt: null }],
      ratings: [{ stars: 5 }, { stars: 4 }, { stars: 4 }],
    });
    expect(proof.medianDaysToPaid).toBe(2.3);
    expect(proof.paidInvoices).toBe(3);
    expect(proof.rating).toEqual({ average: 4.33, count: 3 });
  });
});
