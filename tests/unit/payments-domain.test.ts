import { checkTransferPayment, maskAccountNumber, orderStatusAfterPayment, outstandingIdr, remainingToReceiveIdr } from "@/lib/domain/payments/amounts";
import { isOverdue, median, percentile, witaDaysBetween } from "@/lib/domain/payments/clock";
import { canTransitionOrder } from "@/lib/domain/procurement/state-machine";
import { formatDocumentNumber, parseDocumentNumber } from "@/lib/domain/procurement/document-number";
import { fromStripeAmount, toStripeAmount } from "@/lib/payments/amount";
import { parseStripeForm } from "@/tests/setup/stripe-stand-in";

const at = (iso: string) => new Date(iso);

describe("Stripe amounts (IDR is two-decimal in Stripe's API)", () => {
  it("sends Rp 150.000 as 15000000 and reads it back", () => {
    expect(toStripeAmount(150_000)).toBe(15_000_000);
    expect(fromStripeAmount(15_000_000)).toBe(150_000);
  });
  it("refuses fractions and negatives", () => {
    expect(() => toStripeAmount(1.5)).toThrow(RangeError);
    expect(() => toStripeAmount(-1)).toThrow(RangeError);
  });
  it("the stand-in reads the SDK's nested form encoding", () => {
    expect(parseStripeForm("line_items[0][price_data][unit_amount]=15000000&metadata[orderId]=x&mode=payment")).toEqual({
      line_items: [{ price_data: { unit_amount: "15000000" } }],
      metadata: { orderId: "x" },
      mode: "payment",
    });
  });
});

describe("outstanding and transfer checks", () => {
  const invoices = [
    { amountIdr: 100_000, status: "paid" as const },
    { amountIdr: 40_000, status: "open" as const },
    { amountIdr: 2_500, status: "open" as const },
    { amountIdr: 9_999, status: "cancelled" as const },
  ];
  const now = at("2026-11-20T04:00:00Z");
  it("owes only open invoices", () => expect(outstandingIdr(invoices)).toBe(42_500));
  it("accepts exactly the outstanding amount", () => {
    expect(checkTransferPayment({ amountIdr: 42_500, paidAt: now }, 42_500, now)).toEqual({ ok: true });
  });
  it("names the expected amount on a mismatch", () => {
    expect(checkTransferPayment({ amountIdr: 42_499, paidAt: now }, 42_500, now)).toEqual({ ok: false, reason: "amount_mismatch", expectedIdr: 42_500 });
  });
  it("refuses paying nothing and paying in the future", () => {
    expect(checkTransferPayment({ amountIdr: 1, paidAt: now }, 0, now)).toMatchObject({ reason: "nothing_outstanding" });
    expect(checkTransferPayment({ amountIdr: 42_500, paidAt: new Date(now.getTime() + 1) }, 42_500, now)).toMatchObject({ reason: "paid_in_future" });
  });
  it("refuses a payment dated before the BAST's WITA day, accepts the same day", () => {
    const bast = at("2026-11-19T06:00:00Z"); // 14:00 WITA on the 19th
    expect(checkTransferPayment({ amountIdr: 1, paidAt: at("2026-11-18T15:59:00Z") }, 1, now, bast)).toMatchObject({ reason: "paid_before_bast" });
    expect(checkTransferPayment({ amountIdr: 1, paidAt: at("2026-11-18T16:00:00Z") }, 1, now, bast)).toEqual({ ok: true });
  });
  it("is paid only when nothing is owed and nothing remains to receive", () => {
    expect(orderStatusAfterPayment({ outstandingIdr: 0, remainingToReceiveIdr: 0 })).toBe("paid");
    expect(orderStatusAfterPayment({ outstandingIdr: 0, remainingToReceiveIdr: 5_000 })).toBe("invoiced");
    expect(orderStatusAfterPayment({ outstandingIdr: 1, remainingToReceiveIdr: 0 })).toBe("invoiced");
    expect(remainingToReceiveIdr(300_000, [100_000, 150_000])).toBe(50_000);
    expect(remainingToReceiveIdr(250_000, [100_000, 150_000])).toBe(0);
  });
  it("masks all but the last four digits", () => {
    expect(maskAccountNumber("1234567890")).toBe("•••• 7890");
    expect(maskAccountNumber("0123 0100 0456 501")).toBe("•••• 6501");
    expect(maskAccountNumber("123")).toBe("123");
    expect(maskAccountNumber(null)).toBeNull();
  });
});

describe("payment clock", () => {
  it("counts WITA calendar days, not 24-hour spans", () => {
    // 22:00 WITA on the 1st → 01:00 WITA on the 2nd: three hours, one calendar day.
    expect(witaDaysBetween(at("2026-03-01T14:00:00Z"), at("2026-03-01T17:00:00Z"))).toBe(1);
    // 08:00 WITA → 23:59 WITA the same day.
    expect(witaDaysBetween(at("2026-03-01T00:00:00Z"), at("2026-03-01T15:59:00Z"))).toBe(0);
    expect(witaDaysBetween(at("2026-03-01T00:00:00Z"), at("2026-03-08T00:00:00Z"))).toBe(7);
  });
  it("median: middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([9, 1, 5])).toBe(5);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
  it("p90 by nearest rank is an observed value", () => {
    expect(percentile([], 90)).toBeNull();
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30], 90)).toBe(10);
    expect(percentile([4], 90)).toBe(4);
    expect(percentile([0, 2, 3, 7, 14], 90)).toBe(14);
  });
  it("is overdue only after more days than the policy allows", () => {
    const bast = at("2026-03-01T02:00:00Z");
    expect(isOverdue(bast, at("2026-03-08T15:00:00Z"), 7)).toBe(false);
    expect(isOverdue(bast, at("2026-03-08T16:00:00Z"), 7)).toBe(true);
  });
});

describe("order states for invoices and payments", () => {
  it("passes received through to invoiced, takes later partial BASTs, and reverses on refund", () => {
    expect(canTransitionOrder("received", "invoiced")).toBe(true);
    expect(canTransitionOrder("invoiced", "received")).toBe(true);
    expect(canTransitionOrder("invoiced", "paid")).toBe(true);
    expect(canTransitionOrder("paid", "closed")).toBe(true);
    expect(canTransitionOrder("paid", "invoiced")).toBe(true);
    expect(canTransitionOrder("invoiced", "closed")).toBe(false);
    expect(canTransitionOrder("shipped", "paid")).toBe(false);
  });
  it("numbers invoices like the other documents", () => {
    const number = formatDocumentNumber("INV", 2026, "Dispar", 12);
    expect(number).toBe("INV/2026/DISPAR/000012");
    expect(parseDocumentNumber(number)).toEqual({ kind: "INV", year: 2026, opdCode: "DISPAR", sequence: 12 });
  });
});
