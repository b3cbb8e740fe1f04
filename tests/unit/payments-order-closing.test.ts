import { orderStatusAfterSettlement } from "@/lib/domain/payments/amounts";

const card = (status: string, disbursed: boolean) => ({ method: "kkpd_card" as const, status, disbursed });
const sp2d = { method: "sp2d" as const, status: "succeeded", disbursed: false };

describe("where a settled order goes (paid → closed once card money reached the seller)", () => {
  it("stays invoiced while anything is owed or left to receive, even with every card payment disbursed", () => {
    expect(orderStatusAfterSettlement({ outstandingIdr: 0, remainingToReceiveIdr: 75_000, payments: [card("succeeded", true)] })).toBe("invoiced");
    expect(orderStatusAfterSettlement({ outstandingIdr: 1, remainingToReceiveIdr: 0, payments: [card("succeeded", true)] })).toBe("invoiced");
  });
  it("closes a fully paid order once every succeeded card payment has a payout", () => {
    expect(orderStatusAfterSettlement({ outstandingIdr: 0, remainingToReceiveIdr: 0, payments: [card("succeeded", true), sp2d] })).toBe("closed");
    expect(orderStatusAfterSettlement({ outstandingIdr: 0, remainingToReceiveIdr: 0, payments: [card("succeeded", true), card("succeeded", true)] })).toBe("closed");
  });
  it("stays paid while a succeeded card payment waits for its payout", () => {
    expect(orderStatusAfterSettlement({ outstandingIdr: 0, remainingToReceiveIdr: 0, payments: [card("succeeded", true), card("succeeded", false)] })).toBe("paid");
  });
  it("ignores card attempts that never paid or were refunded; paid only by transfer stays paid", () => {
    expect(orderStatusAfterSettlement({ outstandingIdr: 0, remainingToReceiveIdr: 0, payments: [card("expired", false), card("refunded", false), card("succeeded", true)] })).toBe("closed");
    expect(orderStatusAfterSettlement({ outstandingIdr: 0, remainingToReceiveIdr: 0, payments: [card("refunded", true), sp2d] })).toBe("paid");
    expect(orderStatusAfterSettlement({ outstandingIdr: 0, remainingToReceiveIdr: 0, payments: [sp2d] })).toBe("paid");
  });
});
