import { hasPendingCardPayment, paymentActions, type OrderMoneyForActions } from "@/lib/domain/payments/payment-actions";
import { invoiceStamp, latestCardPayment, paymentMilestones } from "@/lib/domain/payments/payment-progress";
import { admin, approver, auditor, BUSINESS, buyer, NTB, OPD, seller, treasurer, viewerWith } from "./helpers/viewers";

const money = (extra: Partial<OrderMoneyForActions> = {}): OrderMoneyForActions => ({
  opdId: OPD, regionId: NTB, businessId: BUSINESS, outstandingIdr: 500, hasPendingCardPayment: false, cardPaymentsEnabled: true, sellerHasPayoutAccount: true, ...extra,
});

describe("paymentActions", () => {
  it("lets the OPD's treasurer pay what is owed, by card only when Stripe is configured", () => {
    expect(paymentActions(treasurer, money())).toEqual({ payByTransfer: true, payByCard: true, transferNeedsPayoutAccount: false });
    expect(paymentActions(treasurer, money({ cardPaymentsEnabled: false }))).toEqual({ payByTransfer: true, payByCard: false, transferNeedsPayoutAccount: false });
  });

  it("offers no transfer to a seller without a payout account, and says why; a card payment stays possible", () => {
    expect(paymentActions(treasurer, money({ sellerHasPayoutAccount: false }))).toEqual({ payByTransfer: false, payByCard: true, transferNeedsPayoutAccount: true });
    // Nothing to pay, or not the treasurer: no reason to bring the missing account up.
    expect(paymentActions(treasurer, money({ sellerHasPayoutAccount: false, outstandingIdr: 0 })).transferNeedsPayoutAccount).toBe(false);
    expect(paymentActions(buyer, money({ sellerHasPayoutAccount: false })).transferNeedsPayoutAccount).toBe(false);
  });

  it("offers nothing when nothing is owed or a card payment is under way", () => {
    expect(paymentActions(treasurer, money({ outstandingIdr: 0 }))).toEqual({ payByTransfer: false, payByCard: false, transferNeedsPayoutAccount: false });
    expect(paymentActions(treasurer, money({ hasPendingCardPayment: true }))).toEqual({ payByTransfer: false, payByCard: false, transferNeedsPayoutAccount: false });
  });

  it("lets nobody else pay, nor a treasurer of another OPD", () => {
    const otherTreasurer = viewerWith("other-treasurer", { role: "treasurer", opdId: "opd-bkad" });
    for (const viewer of [buyer, approver, seller, auditor, admin, otherTreasurer, null]) {
      expect(paymentActions(viewer, money())).toEqual({ payByTransfer: false, payByCard: false, transferNeedsPayoutAccount: false });
    }
  });

  it("sees a pending card payment in a pending payment or an open invoice tied to a session", () => {
    expect(hasPendingCardPayment([{ status: "pending" }], [])).toBe(true);
    expect(hasPendingCardPayment([{ status: "expired" }], [{ status: "open", paymentId: "p1" }])).toBe(true);
    expect(hasPendingCardPayment([{ status: "succeeded" }], [{ status: "paid", paymentId: "p1" }, { status: "open", paymentId: null }])).toBe(false);
  });
});

describe("payment progress", () => {
  const inv = (status: "open" | "paid" | "cancelled", issuedAt: string, paidAt: string | null = null) => ({ status, issuedAt, paidAt });

  it("is paid once every live invoice is, at the last payment; cancelled invoices do not count", () => {
    const invoices = [inv("cancelled", "2026-01-01T00:00:00Z"), inv("paid", "2026-01-02T00:00:00Z", "2026-01-05T00:00:00Z"), inv("paid", "2026-01-03T00:00:00Z", "2026-01-04T00:00:00Z")];
    expect(paymentMilestones(invoices, [])).toEqual({ invoicedAt: "2026-01-02T00:00:00Z", paidAt: "2026-01-05T00:00:00Z", viaPlatform: false });
    expect(paymentMilestones([...invoices, inv("open", "2026-01-06T00:00:00Z")], []).paidAt).toBeNull();
    expect(paymentMilestones([], []).invoicedAt).toBeNull();
  });

  it("follows a disbursal only when card money passed through the platform", () => {
    expect(paymentMilestones([], [{ method: "kkpd_card", status: "succeeded" }]).viaPlatform).toBe(true);
    expect(paymentMilestones([], [{ method: "kkpd_card", status: "refunded" }]).viaPlatform).toBe(true);
    expect(paymentMilestones([], [{ method: "kkpd_card", status: "expired" }, { method: "sp2d", status: "succeeded" }]).viaPlatform).toBe(false);
  });

  it("reads the latest card payment as confirmed, waiting or failed", () => {
    expect(latestCardPayment([{ method: "sp2d", status: "succeeded" }])).toEqual({ state: "none", payment: null });
    const ok = { method: "kkpd_card" as const, status: "succeeded" as const };
    expect(latestCardPayment([{ method: "kkpd_card", status: "expired" }, ok])).toEqual({ state: "confirmed", payment: ok });
    expect(latestCardPayment([{ method: "kkpd_card", status: "pending" }]).state).toBe("waiting");
    for (const status of ["failed", "expired", "refunded"] as const) expect(latestCardPayment([{ method: "kkpd_card", status }]).state).toBe("failed");
  });

  it("stamps a printed invoice paid (with its date) or cancelled", () => {
    expect(invoiceStamp(inv("paid", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"))).toEqual({ kind: "paid", at: "2026-01-02T00:00:00Z" });
    expect(invoiceStamp(inv("cancelled", "2026-01-01T00:00:00Z"))).toEqual({ kind: "cancelled" });
    expect(invoiceStamp(inv("open", "2026-01-01T00:00:00Z"))).toBeNull();
  });
});
