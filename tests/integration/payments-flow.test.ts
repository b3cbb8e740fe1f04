import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import type { Viewer } from "@/lib/domain/auth/roles";
import { DEFAULT_NTB_POLICY } from "@/lib/domain/compliance/policy";
import { witaYear } from "@/lib/domain/time/wita";
import { verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";
import {
  closeRemaining, getInvoice, getOrderPayments, handleStripeWebhook, listPayoutQueue, listTreasuryQueue, overduePaymentsByOpd, paymentClock,
  recordPayout, recordTransferPayment, startCardCheckout,
} from "@/lib/services/payments";
import { getOrder } from "@/lib/services/procurement/get-order";
import { receiveOrder } from "@/lib/services/procurement/receive-order";
import { savePolicyVersion } from "@/lib/services/procurement/save-policy-version";
import { budget, chargeRefunded, CHECKOUT_URLS, checkoutRequestsFor, count, orderAtBast, sessionCompleted, sessionExpired, signed } from "./payments-helpers";
import { expectAppError, grant, seedDemoParties, viewerOf } from "./procurement-helpers";

// Whole order flows per test on a machine shared with other runs: generous, never asserted as timings.
jest.setTimeout(30_000);

let buyer: Viewer;
let approver: Viewer;
let treasurer: Viewer;
let auditor: Viewer;
let admin: Viewer;
let dispar: string;
const year = witaYear(new Date());

beforeAll(async () => {
  ({ buyer, approver, treasurer, auditor, admin, dispar } = await seedDemoParties(db));
}, 60_000);

const parties = () => ({ buyer, approver, opdId: dispar });
const transfer = (amountIdr: number, reference = `SP2D-${Date.now()}-${Math.floor(Math.random() * 1e6)}`) => ({
  method: "sp2d" as const, reference, paidAt: new Date(), amountIdr,
});

/** Opens a card checkout and returns the session as the stand-in saw it. */
const checkout = async (orderId: string) => {
  const started = await startCardCheckout(treasurer, orderId, CHECKOUT_URLS);
  return { ...started, orderId, paymentIntentId: `pi_${started.sessionId.slice(8)}` };
};
const deliver = async (event: unknown) => {
  const { payload, signature } = signed(event);
  return handleStripeWebhook(payload, signature);
};

describe("invoice at BAST", () => {
  it("a BAST issues its invoice for the received value and the order is invoiced; a later BAST issues another", async () => {
    const { orderId, unitPriceIdr } = await orderAtBast(db, parties(), { unitPriceIdr: 25_000, quantity: 4, receive: 1 });
    const partial = await getOrder(treasurer, orderId);
    expect(partial).toMatchObject({ status: "invoiced", invoice: { amountIdr: unitPriceIdr, status: "open", number: expect.stringMatching(new RegExp(`^INV/${year}/DISPAR/\\d{6}$`)) } });
    expect(partial.invoice!.issuedAt).toBe(partial.bast!.signedAt.toISOString());
    const rest = await receiveOrder(buyer, orderId);
    expect(rest).toMatchObject({ status: "invoiced", complete: true, invoice: { amountIdr: unitPriceIdr * 3 } });
    const view = await getOrderPayments(treasurer, orderId);
    expect(view.invoices.map((i) => i.amountIdr)).toEqual([unitPriceIdr, unitPriceIdr * 3]);
    expect(view).toMatchObject({ outstandingIdr: unitPriceIdr * 4, actions: { payByTransfer: true, payByCard: true } });
    const printable = await getInvoice(treasurer, partial.invoice!.id);
    expect(printable).toMatchObject({ order: { id: orderId }, buyer: { opdId: dispar }, lines: [{ quantity: 1, unitPriceIdr, totalIdr: unitPriceIdr }], bast: { signerName: buyer.name } });
    await expectAppError(getInvoice(await viewerOf(db, "ppk.diskop@pasarumk.test"), partial.invoice!.id), "forbidden");
  });
});

describe("SP2D / UP transfer", () => {
  it("refuses before BAST (409), anyone but the OPD's treasurer (403), a wrong amount (422) and a future date (422)", async () => {
    const shipped = await orderAtBast(db, parties(), { receive: "none" });
    await expectAppError(recordTransferPayment(treasurer, shipped.orderId, transfer(shipped.totalIdr)), "conflict", { reason: "not_received" });
    const { orderId, totalIdr } = await orderAtBast(db, parties());
    await expectAppError(recordTransferPayment(buyer, orderId, transfer(totalIdr)), "forbidden");
    await expectAppError(recordTransferPayment(approver, orderId, transfer(totalIdr)), "forbidden");
    await expectAppError(recordTransferPayment(treasurer, orderId, transfer(totalIdr - 1)), "unprocessable", { reason: "amount_mismatch", expectedIdr: totalIdr });
    await expectAppError(recordTransferPayment(treasurer, orderId, { ...transfer(totalIdr), paidAt: new Date(Date.now() + 3_600_000) }), "unprocessable", { reason: "paid_in_future" });
    await expectAppError(recordTransferPayment(treasurer, orderId, { ...transfer(totalIdr), paidAt: new Date(Date.now() - 2 * 86_400_000) }), "unprocessable", { reason: "paid_before_bast" });
    expect(await count(db, "payments", sql`order_id = ${orderId}`)).toBe(0);
  });

  it("pays the open invoices, realizes the budget exactly, leaves the queue; paying again or reusing the reference → 409", async () => {
    const { orderId, totalIdr, budgetLineId, seller } = await orderAtBast(db, parties(), { unitPriceIdr: 137_500, quantity: 2 });
    expect(await budget(db, budgetLineId)).toEqual({ committed: totalIdr, realized: 0 });
    const queued = (await listTreasuryQueue(treasurer)).find((r) => r.orderId === orderId)!;
    expect(queued).toMatchObject({ outstandingIdr: totalIdr, ageDays: 0, overdue: false, pendingCardPayment: false, opd: { id: dispar } });
    expect(queued.business).toHaveProperty("accountNumber");

    const reference = `SP2D/${year}/DISPAR/${Date.now()}`;
    const paid = await recordTransferPayment(treasurer, orderId, transfer(totalIdr, reference));
    expect(paid).toMatchObject({ method: "sp2d", status: "succeeded", amountIdr: totalIdr, reference, orderStatus: "paid", recordedBy: { id: treasurer.userId } });
    expect(await budget(db, budgetLineId)).toEqual({ committed: 0, realized: totalIdr });
    expect((await listTreasuryQueue(treasurer)).map((r) => r.orderId)).not.toContain(orderId);
    const sellerView = await getOrderPayments(seller, orderId);
    expect(sellerView).toMatchObject({ outstandingIdr: 0, invoices: [{ status: "paid" }], payments: [{ status: "succeeded" }], clocks: { bastToPaidDays: 0 }, actions: { payByTransfer: false, payByCard: false } });
    expect((await getOrder(seller, orderId)).status).toBe("paid");

    await expectAppError(recordTransferPayment(treasurer, orderId, transfer(totalIdr)), "conflict", { reason: "already_paid" });
    const other = await orderAtBast(db, parties());
    await expectAppError(recordTransferPayment(treasurer, other.orderId, transfer(other.totalIdr, reference)), "conflict", { reason: "reference_used" });
    // The same number under the other method is another document.
    await expect(recordTransferPayment(treasurer, other.orderId, { ...transfer(other.totalIdr, reference), method: "up" })).resolves.toMatchObject({ method: "up" });
  });

  it("two treasurers of the OPD paying the same order at once → exactly one payment, the other 409", async () => {
    const second = await grant(db, "ppk.diskop@pasarumk.test", "treasurer", dispar);
    const { orderId, totalIdr, budgetLineId } = await orderAtBast(db, parties());
    const results = await Promise.allSettled([
      recordTransferPayment(treasurer, orderId, transfer(totalIdr)),
      recordTransferPayment(second, orderId, transfer(totalIdr)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "conflict" });
    expect(await count(db, "payments", sql`order_id = ${orderId}`)).toBe(1);
    expect(await budget(db, budgetLineId)).toEqual({ committed: 0, realized: totalIdr });
  });

  it("a partial BAST is paid and the order stays invoiced; close-remaining releases the rest and the order is paid", async () => {
    const { orderId, unitPriceIdr, budgetLineId, seller } = await orderAtBast(db, parties(), { unitPriceIdr: 40_000, quantity: 5, receive: 2 });
    const paid = await recordTransferPayment(treasurer, orderId, { ...transfer(80_000), method: "up" });
    expect(paid.orderStatus).toBe("invoiced");
    expect(await budget(db, budgetLineId)).toEqual({ committed: unitPriceIdr * 3, realized: 80_000 });
    await expectAppError(closeRemaining(seller, orderId, { reason: "Sisa tidak dikirim" }), "forbidden");
    const closed = await closeRemaining(buyer, orderId, { reason: "Sisa barang tidak tersedia" });
    expect(closed).toMatchObject({ status: "paid", totalIdr: 80_000, releasedBudgetIdr: unitPriceIdr * 3, closedLines: [{ quantity: 3 }] });
    expect(await budget(db, budgetLineId)).toEqual({ committed: 0, realized: 80_000 });
    const order = await getOrder(buyer, orderId);
    expect(order).toMatchObject({ status: "paid", totalIdr: 80_000, remainderClosed: true, lines: [{ quantity: 5, receivedQuantity: 2, closedQuantity: 3 }] });
    await expectAppError(receiveOrder(buyer, orderId), "conflict");
    await expectAppError(closeRemaining(approver, orderId, { reason: "Dua kali ditutup" }), "conflict");
  });
});

describe("KKPD card through Stripe", () => {
  it("sends rupiah × 100 with an idempotency key and metadata; a retry returns the same session", async () => {
    const { orderId } = await orderAtBast(db, parties(), { unitPriceIdr: 150_000 });
    const first = await checkout(orderId);
    const again = await startCardCheckout(treasurer, orderId, CHECKOUT_URLS);
    expect(again.sessionId).toBe(first.sessionId);
    const sent = await checkoutRequestsFor(orderId);
    expect(sent).toHaveLength(2);
    expect(sent[0]!.body.line_items[0].price_data).toMatchObject({ currency: "idr", unit_amount: "15000000" });
    expect(sent[0]!.body.metadata).toMatchObject({ orderId, paymentId: first.paymentId });
    expect(sent[0]!.idempotencyKey).toMatch(/^checkout:/);
    expect(sent[1]!.idempotencyKey).toBe(sent[0]!.idempotencyKey);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pay\/cs_test_/);
    // The invoices are claimed by the open session: a transfer now would pay twice.
    await expectAppError(recordTransferPayment(treasurer, orderId, transfer(150_000)), "conflict", { reason: "card_payment_pending" });
    expect((await listTreasuryQueue(treasurer)).find((r) => r.orderId === orderId)).toMatchObject({ pendingCardPayment: true });
  });

  it("completion records one payment; a duplicated and a replayed event change nothing; a bad signature is 400 and records nothing", async () => {
    const { orderId, totalIdr, budgetLineId } = await orderAtBast(db, parties(), { unitPriceIdr: 150_000 });
    const session = await checkout(orderId);
    const event = sessionCompleted({ ...session, amountIdr: totalIdr });

    const eventsBefore = await count(db, "stripe_events");
    const { payload } = signed(event);
    await expectAppError(handleStripeWebhook(payload, signed(event, "whsec_wrong").signature), "bad_request");
    await expectAppError(handleStripeWebhook(payload.replace("\"paid\"", "\"paid\" "), signed(event).signature), "bad_request");
    await expectAppError(handleStripeWebhook(payload, null), "bad_request");
    expect(await count(db, "stripe_events")).toBe(eventsBefore);
    expect(await count(db, "payments", sql`order_id = ${orderId} AND status = 'succeeded'`)).toBe(0);

    await expect(deliver(event)).resolves.toEqual({ received: true, outcome: "payment_succeeded" });
    await expect(deliver(event)).resolves.toEqual({ received: true, duplicate: true });
    // A replay: the same event re-sent later, with a fresh signature.
    await expect(handleStripeWebhook(JSON.stringify(event), signed(event).signature)).resolves.toMatchObject({ duplicate: true });
    const bothAtOnce = await Promise.all([deliver(event), deliver(event)]);
    expect(bothAtOnce.every((r) => r.duplicate)).toBe(true);

    expect(await count(db, "payments", sql`order_id = ${orderId}`)).toBe(1);
    expect(await count(db, "stripe_events", sql`id = ${event.id}`)).toBe(1);
    expect(await budget(db, budgetLineId)).toEqual({ committed: 0, realized: totalIdr });
    const view = await getOrderPayments(treasurer, orderId);
    expect(view).toMatchObject({ outstandingIdr: 0, payments: [{ method: "kkpd_card", status: "succeeded", amountIdr: totalIdr }] });
    expect((await getOrder(treasurer, orderId)).status).toBe("paid");
  });

  it("an unknown event type is recorded as ignored", async () => {
    const event = { id: `evt_unknown_${Date.now()}`, object: "event", type: "customer.created", created: Math.floor(Date.now() / 1000), data: { object: { id: "cus_1" } } };
    await expect(deliver(event)).resolves.toEqual({ received: true, outcome: "ignored" });
    const [row] = (await db.execute(sql`SELECT outcome FROM stripe_events WHERE id = ${event.id}`)) as unknown as Array<{ outcome: string }>;
    expect(row!.outcome).toBe("ignored");
  });

  it("a refund reverses the budget exactly and reopens the invoices; partial first, then the rest", async () => {
    const { orderId, totalIdr, budgetLineId } = await orderAtBast(db, parties(), { unitPriceIdr: 200_000 });
    const session = await checkout(orderId);
    await deliver(sessionCompleted({ ...session, amountIdr: totalIdr }));
    expect(await budget(db, budgetLineId)).toEqual({ committed: 0, realized: 200_000 });

    await expect(deliver(chargeRefunded({ paymentIntentId: session.paymentIntentId, amountIdr: totalIdr, refundedIdr: 50_000 }))).resolves.toMatchObject({ outcome: "partially_refunded" });
    expect(await budget(db, budgetLineId)).toEqual({ committed: 50_000, realized: 150_000 });
    await expect(deliver(chargeRefunded({ paymentIntentId: session.paymentIntentId, amountIdr: totalIdr, refundedIdr: totalIdr }))).resolves.toMatchObject({ outcome: "refunded" });
    expect(await budget(db, budgetLineId)).toEqual({ committed: 200_000, realized: 0 });
    const view = await getOrderPayments(treasurer, orderId);
    expect(view).toMatchObject({ outstandingIdr: totalIdr, invoices: [{ status: "open" }], payments: [{ status: "refunded", refundedAmountIdr: totalIdr }] });
    expect((await getOrder(treasurer, orderId)).status).toBe("invoiced");
    // Owed again: a new card attempt opens a new session; expired, the treasurer pays it by transfer.
    const retry = await checkout(orderId);
    expect(retry.sessionId).not.toBe(session.sessionId);
    await deliver(sessionExpired(retry));
    await expect(recordTransferPayment(treasurer, orderId, transfer(totalIdr))).resolves.toMatchObject({ orderStatus: "paid" });
    expect(await budget(db, budgetLineId)).toEqual({ committed: 0, realized: 200_000 });
  });

  it("out of order: a refund before the completion is kept and applied when the completion arrives", async () => {
    const { orderId, totalIdr, budgetLineId } = await orderAtBast(db, parties(), { unitPriceIdr: 175_000 });
    const session = await checkout(orderId);
    await expect(deliver(chargeRefunded({ paymentIntentId: session.paymentIntentId, amountIdr: totalIdr, refundedIdr: totalIdr }))).resolves.toMatchObject({ outcome: "deferred" });
    expect(await budget(db, budgetLineId)).toEqual({ committed: totalIdr, realized: 0 });
    await expect(deliver(sessionCompleted({ ...session, amountIdr: totalIdr }))).resolves.toMatchObject({ outcome: "payment_succeeded" });
    expect(await budget(db, budgetLineId)).toEqual({ committed: totalIdr, realized: 0 });
    const view = await getOrderPayments(treasurer, orderId);
    expect(view).toMatchObject({ outstandingIdr: totalIdr, payments: [{ status: "refunded", refundedAmountIdr: totalIdr }] });
    expect((await getOrder(treasurer, orderId)).status).toBe("invoiced");
  });

  it("a refund and the completion delivered at the same moment: the refund is applied either way", async () => {
    const { orderId, totalIdr, budgetLineId } = await orderAtBast(db, parties(), { unitPriceIdr: 120_000 });
    const session = await checkout(orderId);
    await Promise.all([
      deliver(chargeRefunded({ paymentIntentId: session.paymentIntentId, amountIdr: totalIdr, refundedIdr: totalIdr })),
      deliver(sessionCompleted({ ...session, amountIdr: totalIdr })),
    ]);
    expect(await budget(db, budgetLineId)).toEqual({ committed: totalIdr, realized: 0 });
    expect((await getOrderPayments(treasurer, orderId)).payments).toMatchObject([{ status: "refunded", refundedAmountIdr: totalIdr }]);
  });

  it("out of order: an expiry after the completion changes nothing; an expiry before frees the order for another attempt", async () => {
    const done = await orderAtBast(db, parties());
    const paidSession = await checkout(done.orderId);
    await deliver(sessionCompleted({ ...paidSession, amountIdr: done.totalIdr }));
    await expect(deliver(sessionExpired(paidSession))).resolves.toMatchObject({ outcome: "ignored_succeeded" });
    expect((await getOrderPayments(treasurer, done.orderId)).payments).toMatchObject([{ status: "succeeded" }]);

    const abandoned = await orderAtBast(db, parties());
    const first = await checkout(abandoned.orderId);
    await expect(deliver(sessionExpired(first))).resolves.toMatchObject({ outcome: "payment_expired" });
    const second = await checkout(abandoned.orderId);
    expect(second.sessionId).not.toBe(first.sessionId);
    expect((await checkoutRequestsFor(abandoned.orderId)).map((r) => r.idempotencyKey)).toEqual([expect.any(String), expect.stringMatching(/:1$/)]);
    await deliver(sessionExpired(second));
    await expect(recordTransferPayment(treasurer, abandoned.orderId, transfer(abandoned.totalIdr))).resolves.toMatchObject({ orderStatus: "paid" });
  });

  it("payouts: the admin disburses card money once, the order closes; transfers are never disbursed by the platform", async () => {
    const { orderId, totalIdr, seller } = await orderAtBast(db, parties(), { unitPriceIdr: 90_000 });
    const session = await checkout(orderId);
    await deliver(sessionCompleted({ ...session, amountIdr: totalIdr }));
    const queue = await listPayoutQueue(admin);
    const row = queue.find((r) => r.orderId === orderId)!;
    expect(row).toMatchObject({ paymentId: session.paymentId, amountIdr: totalIdr, ageDays: 0 });
    await expectAppError(listPayoutQueue(treasurer), "forbidden");
    await expectAppError(recordPayout(treasurer, session.paymentId, { reference: "TRF-1", disbursedAt: new Date() }), "forbidden");
    await expectAppError(recordPayout(admin, session.paymentId, { method: "stripe_transfer", reference: "tr_123", disbursedAt: new Date() }), "unprocessable", { reason: "no_connected_account" });
    const payout = await recordPayout(admin, session.paymentId, { reference: `BNI-${Date.now()}`, disbursedAt: new Date() });
    expect(payout).toMatchObject({ method: "bank_transfer", amountIdr: totalIdr, orderStatus: "closed" });
    await expectAppError(recordPayout(admin, session.paymentId, { reference: "again", disbursedAt: new Date() }), "conflict", { reason: "already_disbursed" });
    expect((await listPayoutQueue(admin)).map((r) => r.orderId)).not.toContain(orderId);
    expect(await getOrderPayments(seller, orderId)).toMatchObject({ payout: { amountIdr: totalIdr }, clocks: { bastToPaidDays: 0, paidToDisbursedDays: 0 } });
    expect((await getOrder(seller, orderId)).status).toBe("closed");

    const bySp2d = await orderAtBast(db, parties());
    const sp2d = await recordTransferPayment(treasurer, bySp2d.orderId, transfer(bySp2d.totalIdr));
    await expectAppError(recordPayout(admin, sp2d.id, { reference: "x-1", disbursedAt: new Date() }), "conflict", { reason: "not_disbursable" });
  });
});

describe("payment clock", () => {
  it("counts per OPD from invoices, with overdue orders past the policy limit (public view without orders)", async () => {
    const { orderId } = await orderAtBast(db, parties(), { unitPriceIdr: 60_000 });
    // Backdate this BAST/invoice 10 days: past the 7-day limit.
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
    await db.execute(sql`UPDATE invoices SET issued_at = ${tenDaysAgo.toISOString()}::timestamptz WHERE order_id = ${orderId}`);
    const inYear = witaYear(tenDaysAgo);
    const clock = await paymentClock(treasurer, { fiscalYear: inYear });
    expect(clock.maxDaysToPay).toBe(DEFAULT_NTB_POLICY.rules.paymentClock.maxDaysToPay);
    expect(clock.opds.map((o) => o.opdId)).toEqual([dispar]);
    expect(clock.overdue).toContainEqual(expect.objectContaining({ orderId, ageDays: 10, outstandingIdr: 60_000 }));
    const row = clock.opds[0]!;
    expect(row.paidCount).toBeGreaterThan(0);
    expect(row.overdueCount).toBeGreaterThanOrEqual(1);
    const region = await paymentClock(auditor, { fiscalYear: inYear });
    expect(region.opds.length).toBeGreaterThan(1);
    const publicView = await paymentClock(null, { fiscalYear: inYear, publicView: true });
    expect(publicView.overdue).toEqual([]);
    expect(publicView.opds.find((o) => o.opdId === dispar)).toEqual(row);
    await expectAppError(paymentClock(null, { fiscalYear: inYear }), "unauthenticated");
    await expectAppError(paymentClock(buyer, { fiscalYear: inYear }), "forbidden");
    const overdue = await overduePaymentsByOpd(db, { fiscalYear: inYear, now: new Date() });
    expect(overdue.get(dispar)).toBe(row.overdueCount);
  });
});

describe("card limit (policy data)", () => {
  it("refuses a card payment above the payee limit with 422 CARD_LIMIT", async () => {
    const regionId = buyer.memberships[0]!.regionId;
    const rules = { ...DEFAULT_NTB_POLICY.rules, cardLimit: { enabled: true, maxPerPayeeIdr: 100_000 } };
    await savePolicyVersion(admin, regionId, rules, "Uji batas kartu");
    const { orderId } = await orderAtBast(db, parties(), { unitPriceIdr: 150_000 });
    const error = await expectAppError(startCardCheckout(treasurer, orderId, CHECKOUT_URLS), "unprocessable", { reason: "card_limit" });
    expect((error.details as { compliance: { findings: Array<{ rule: string }> } }).compliance.findings[0]!.rule).toBe("CARD_LIMIT");
    expect(await checkoutRequestsFor(orderId)).toEqual([]);
    expect(await count(db, "payments", sql`order_id = ${orderId}`)).toBe(0);
  });
});

it("wrote every invoice, payment, refund and disbursement above into the audit chain, which still verifies", async () => {
  const result = await verifyAuditChain(db);
  expect(result.ok).toBe(true);
  const [actions] = (await db.execute(sql`SELECT array_agg(DISTINCT action) AS a FROM audit_events WHERE action LIKE 'payment.%' OR action LIKE 'payout.%' OR action LIKE 'invoice.%'`)) as unknown as Array<{ a: string[] }>;
  expect(actions!.a).toEqual(expect.arrayContaining(["invoice.issued", "payment.succeeded", "payment.refunded", "payment.partially_refunded", "payment.expired", "payment.checkout_started", "payout.recorded"]));
});
