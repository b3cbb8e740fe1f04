import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import type { Viewer } from "@/lib/domain/auth/roles";
import { createTransfer } from "@/lib/payments";
import { verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";
import {
  closeRemaining, handleStripeWebhook, listPayoutQueue, payoutClock, recordPayout, recordTransferPayment, startCardCheckout,
} from "@/lib/services/payments";
import { getOrder } from "@/lib/services/procurement/get-order";
import { receiveOrder } from "@/lib/services/procurement/receive-order";
import { testStack } from "../setup/stack";
import { chargeRefunded, CHECKOUT_URLS, count, orderAtBast, sessionCompleted, signed, type StandInRequest } from "./payments-helpers";
import { expectAppError, seedDemoParties } from "./procurement-helpers";

// The platform's side of card money: its clock (paid → disbursed), Stripe Connect payouts, and when a
// disbursed order closes.
jest.setTimeout(30_000);

let buyer: Viewer;
let approver: Viewer;
let treasurer: Viewer;
let admin: Viewer;
let dispar: string;

beforeAll(async () => {
  ({ buyer, approver, treasurer, admin, dispar } = await seedDemoParties(db));
}, 60_000);

const parties = () => ({ buyer, approver, opdId: dispar });
const rows = async <T>(query: ReturnType<typeof sql>) => (await db.execute(query)) as unknown as T[];

/** Pays the order's open invoices by card: a checkout and its signed completion. Returns the payment id. */
const payByCard = async (orderId: string, amountIdr: number) => {
  const started = await startCardCheckout(treasurer, orderId, CHECKOUT_URLS);
  const { payload, signature } = signed(sessionCompleted({ ...started, orderId, amountIdr, paymentIntentId: `pi_${started.sessionId.slice(8)}` }));
  await handleStripeWebhook(payload, signature);
  return { paymentId: started.paymentId, paymentIntentId: `pi_${started.sessionId.slice(8)}` };
};

const sp2d = (amountIdr: number) => ({ method: "sp2d" as const, reference: `SP2D-${Date.now()}-${Math.floor(Math.random() * 1e6)}`, paidAt: new Date(), amountIdr });

/** Gives the order's seller a Stripe Connect account of its own (unique, so stand-in failures stay per test). */
const connect = async (businessId: string) => {
  const account = `acct_test_${Math.random().toString(36).slice(2, 12)}`;
  await db.execute(sql`UPDATE businesses SET stripe_account_id = ${account} WHERE id = ${businessId}`);
  return account;
};

const transfersFor = async (paymentId: string): Promise<StandInRequest[]> => {
  const all = (await (await fetch(`${testStack().stripe.url}/__stand-in/requests`)).json()) as StandInRequest[];
  return all.filter((r) => r.path === "/v1/transfers" && r.body.metadata?.paymentId === paymentId);
};

const failTransfersTo = (destination: string, times: number) =>
  fetch(`${testStack().stripe.url}/__stand-in/failures`, { method: "POST", body: JSON.stringify({ destination, times, status: 400, code: "balance_insufficient" }) });

const payoutAudits = (paymentId: string) => rows<{ data: Record<string, unknown> }>(sql`SELECT data FROM audit_events WHERE action = 'payout.recorded' AND data ->> 'paymentId' = ${paymentId}`);

describe("the platform's clock (card paid → disbursed) over a fiscal year", () => {
  it("median and p90 WITA days over disbursed card payments, the waiting ones and the oldest wait; transfers and refunded payments do not count", async () => {
    const fast = await orderAtBast(db, parties(), { unitPriceIdr: 41_000 });
    const slow = await orderAtBast(db, parties(), { unitPriceIdr: 42_000 });
    const waiting = await orderAtBast(db, parties(), { unitPriceIdr: 43_000 });
    const refunded = await orderAtBast(db, parties(), { unitPriceIdr: 44_000 });
    const bySp2d = await orderAtBast(db, parties(), { unitPriceIdr: 45_000 });
    const fastPay = await payByCard(fast.orderId, fast.totalIdr);
    const slowPay = await payByCard(slow.orderId, slow.totalIdr);
    const waitingPay = await payByCard(waiting.orderId, waiting.totalIdr);
    const refundedPay = await payByCard(refunded.orderId, refunded.totalIdr);
    const { payload, signature } = signed(chargeRefunded({ paymentIntentId: refundedPay.paymentIntentId, amountIdr: refunded.totalIdr, refundedIdr: refunded.totalIdr }));
    await handleStripeWebhook(payload, signature);
    const sp2dPay = await recordTransferPayment(treasurer, bySp2d.orderId, sp2d(bySp2d.totalIdr));
    await recordPayout(admin, fastPay.paymentId, { reference: "BNI-CLOCK-1", disbursedAt: new Date() });
    await recordPayout(admin, slowPay.paymentId, { reference: "BNI-CLOCK-2", disbursedAt: new Date() });

    // Moved into fiscal year 2025 with exact times, so nothing else in this database is in that year.
    const at = async (paymentId: string, paidAt: string, disbursedAt?: string) => {
      await db.execute(sql`UPDATE payments SET paid_at = ${paidAt}::timestamptz WHERE id = ${paymentId}`);
      if (disbursedAt) await db.execute(sql`UPDATE payouts SET disbursed_at = ${disbursedAt}::timestamptz WHERE payment_id = ${paymentId}`);
    };
    await at(fastPay.paymentId, "2025-03-01T14:00:00Z", "2025-03-01T17:00:00Z"); // 22:00 → 01:00 WITA: 1 day
    await at(slowPay.paymentId, "2025-03-02T00:00:00Z", "2025-03-08T00:00:00Z"); // 6 days
    await at(waitingPay.paymentId, "2025-12-28T15:59:00Z"); // 23:59 WITA on 28 Dec: 3 days by 31 Dec
    await at(refundedPay.paymentId, "2025-01-05T00:00:00Z");
    await at(sp2dPay.id, "2025-01-06T00:00:00Z");
    const now = new Date("2025-12-31T04:00:00Z");

    const clock = await payoutClock(admin, { fiscalYear: 2025 }, now);
    expect(clock).toEqual({ fiscalYear: 2025, disbursedCount: 2, medianDays: 3.5, p90Days: 6, waitingCount: 1, oldestWaitDays: 3 });
    // The whole platform publicly: the same figures here (one region), and nothing but figures.
    expect(await payoutClock(null, { fiscalYear: 2025, publicView: true }, now)).toEqual(clock);
    // The year's payments only.
    expect(await payoutClock(admin, { fiscalYear: 2024 }, now)).toMatchObject({ disbursedCount: 0, waitingCount: 0, medianDays: null, oldestWaitDays: null });
    await expectAppError(payoutClock(treasurer, { fiscalYear: 2025 }), "forbidden");
    await expectAppError(payoutClock(null, { fiscalYear: 2025 }), "unauthenticated");
  });
});

describe("Stripe Connect payout", () => {
  it("sends rupiah × 100 to the connected account with the payment's idempotency key, stores the transfer id, closes the order and audits", async () => {
    const { orderId, totalIdr, product } = await orderAtBast(db, parties(), { unitPriceIdr: 150_000 });
    const account = await connect(product.businessId);
    const { paymentId } = await payByCard(orderId, totalIdr);
    const payout = await recordPayout(admin, paymentId, { method: "stripe_transfer", disbursedAt: new Date() });
    expect(payout).toMatchObject({ method: "stripe_transfer", amountIdr: 150_000, orderStatus: "closed", bankName: null, accountNumber: null });
    expect(payout.stripeTransferId).toMatch(/^tr_test_/);
    expect(payout.reference).toBe(payout.stripeTransferId);

    const sent = await transfersFor(paymentId);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatchObject({ amount: "15000000", currency: "idr", destination: account, transfer_group: `order:${orderId}`, metadata: { orderId, paymentId } });
    expect(sent[0]!.idempotencyKey).toBe(`payout:${paymentId}`);
    const [stored] = await rows<{ stripe_transfer_id: string; method: string }>(sql`SELECT stripe_transfer_id, method FROM payouts WHERE payment_id = ${paymentId}`);
    expect(stored).toEqual({ stripe_transfer_id: payout.stripeTransferId, method: "stripe_transfer" });
    const audits = await payoutAudits(paymentId);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.data).toMatchObject({ method: "stripe_transfer", amountIdr: 150_000, stripeTransferId: payout.stripeTransferId, orderStatus: "closed" });

    // Disbursed once: a second attempt is refused before Stripe is asked again.
    await expectAppError(recordPayout(admin, paymentId, { method: "stripe_transfer", disbursedAt: new Date() }), "conflict", { reason: "already_disbursed" });
    expect(await transfersFor(paymentId)).toHaveLength(1);
  });

  it("a transfer Stripe already made (our commit failed after its answer) is the one recorded on retry: same key, same transfer", async () => {
    const { orderId, totalIdr, product } = await orderAtBast(db, parties(), { unitPriceIdr: 70_000 });
    const account = await connect(product.businessId);
    const { paymentId } = await payByCard(orderId, totalIdr);
    const order = await getOrder(admin, orderId);
    const earlier = await createTransfer({ paymentId, orderId, orderNumber: order.number, amountIdr: totalIdr, destination: account });
    const payout = await recordPayout(admin, paymentId, { method: "stripe_transfer", disbursedAt: new Date() });
    expect(payout.stripeTransferId).toBe(earlier.id);
    const sent = await transfersFor(paymentId);
    expect(sent.map((r) => r.idempotencyKey)).toEqual([`payout:${paymentId}`, `payout:${paymentId}`]);
  });

  it("Stripe refusing → 503 unavailable and nothing recorded (no payout, no audit, order unchanged, still queued); the retry succeeds", async () => {
    const { orderId, totalIdr, product } = await orderAtBast(db, parties(), { unitPriceIdr: 80_000 });
    const account = await connect(product.businessId);
    const { paymentId } = await payByCard(orderId, totalIdr);
    await failTransfersTo(account, 1);
    const error = await expectAppError(recordPayout(admin, paymentId, { method: "stripe_transfer", disbursedAt: new Date() }), "unavailable", { reason: "stripe_transfer_failed" });
    expect(error.details).toMatchObject({ stripeCode: "balance_insufficient", stripeStatus: 400 });
    expect((error as unknown as { localized: { id: string; en: string } }).localized.en).toMatch(/Nothing was recorded/);
    expect(await count(db, "payouts", sql`payment_id = ${paymentId}`)).toBe(0);
    expect(await payoutAudits(paymentId)).toHaveLength(0);
    expect((await getOrder(admin, orderId)).status).toBe("paid");
    expect((await listPayoutQueue(admin)).map((r) => r.paymentId)).toContain(paymentId);

    const payout = await recordPayout(admin, paymentId, { method: "stripe_transfer", disbursedAt: new Date() });
    expect(payout).toMatchObject({ orderStatus: "closed", amountIdr: 80_000 });
    const sent = await transfersFor(paymentId);
    expect(sent).toHaveLength(2);
    expect(new Set(sent.map((r) => r.idempotencyKey))).toEqual(new Set([`payout:${paymentId}`]));
    expect(await count(db, "payouts", sql`payment_id = ${paymentId}`)).toBe(1);
  });

  it("two admins paying out the same payment at once → one transfer, one payout, the other 409", async () => {
    const { orderId, totalIdr, product } = await orderAtBast(db, parties(), { unitPriceIdr: 60_000 });
    await connect(product.businessId);
    const { paymentId } = await payByCard(orderId, totalIdr);
    const results = await Promise.allSettled([
      recordPayout(admin, paymentId, { method: "stripe_transfer", disbursedAt: new Date() }),
      recordPayout(admin, paymentId, { method: "stripe_transfer", disbursedAt: new Date() }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "conflict", details: { reason: "already_disbursed" } });
    expect(new Set((await transfersFor(paymentId)).map((r) => r.idempotencyKey))).toEqual(new Set([`payout:${paymentId}`]));
    expect(await count(db, "payouts", sql`payment_id = ${paymentId}`)).toBe(1);
  });

  it("without a connected account → 422 and Stripe is not called; a bank transfer needs no Stripe but a reference", async () => {
    const { orderId, totalIdr, product } = await orderAtBast(db, parties(), { unitPriceIdr: 50_000 });
    // Earlier tests may have connected this seller: this one has no account.
    await db.execute(sql`UPDATE businesses SET stripe_account_id = NULL WHERE id = ${product.businessId}`);
    const { paymentId } = await payByCard(orderId, totalIdr);
    await expectAppError(recordPayout(admin, paymentId, { method: "stripe_transfer", disbursedAt: new Date() }), "unprocessable", { reason: "no_connected_account" });
    expect(await transfersFor(paymentId)).toHaveLength(0);
    await expect(recordPayout(admin, paymentId, { method: "bank_transfer", disbursedAt: new Date() })).rejects.toThrow();
    const payout = await recordPayout(admin, paymentId, { reference: "BNI-0001", disbursedAt: new Date() });
    expect(payout).toMatchObject({ method: "bank_transfer", reference: "BNI-0001", stripeTransferId: null, orderStatus: "closed" });
    expect(await transfersFor(paymentId)).toHaveLength(0);
  });
});

describe("payout after a partial payment", () => {
  it("a card payout while more BASTs are to come leaves the order invoiced; the last SP2D payment then closes it", async () => {
    const { orderId } = await orderAtBast(db, parties(), { unitPriceIdr: 25_000, quantity: 4, receive: 1 });
    const { paymentId } = await payByCard(orderId, 25_000);
    expect((await getOrder(admin, orderId)).status).toBe("invoiced");
    expect(await recordPayout(admin, paymentId, { reference: "BNI-PART-1", disbursedAt: new Date() })).toMatchObject({ orderStatus: "invoiced" });
    await receiveOrder(buyer, orderId);
    const rest = await recordTransferPayment(treasurer, orderId, sp2d(75_000));
    expect(rest.orderStatus).toBe("closed");
    expect((await getOrder(admin, orderId)).status).toBe("closed");
  });

  it("the last payment by card leaves the order paid until that payment too is disbursed", async () => {
    const { orderId } = await orderAtBast(db, parties(), { unitPriceIdr: 30_000, quantity: 2, receive: 1 });
    const first = await payByCard(orderId, 30_000);
    await recordPayout(admin, first.paymentId, { reference: "BNI-PART-2", disbursedAt: new Date() });
    await receiveOrder(buyer, orderId);
    const second = await payByCard(orderId, 30_000);
    expect((await getOrder(admin, orderId)).status).toBe("paid");
    expect(await recordPayout(admin, second.paymentId, { reference: "BNI-PART-3", disbursedAt: new Date() })).toMatchObject({ orderStatus: "closed" });
  });

  it("closing the rest of a partially received, card-paid and disbursed order closes it", async () => {
    const { orderId } = await orderAtBast(db, parties(), { unitPriceIdr: 20_000, quantity: 3, receive: 1 });
    const { paymentId } = await payByCard(orderId, 20_000);
    await recordPayout(admin, paymentId, { reference: "BNI-PART-4", disbursedAt: new Date() });
    const closed = await closeRemaining(buyer, orderId, { reason: "Sisa barang tidak jadi dikirim." });
    expect(closed.status).toBe("closed");
  });

  it("an order paid only by SP2D stays paid (nothing for the platform to disburse)", async () => {
    const { orderId, totalIdr } = await orderAtBast(db, parties(), { unitPriceIdr: 35_000 });
    expect((await recordTransferPayment(treasurer, orderId, sp2d(totalIdr))).orderStatus).toBe("paid");
  });
});

it("every payout above is in the audit chain, which still verifies", async () => {
  expect((await verifyAuditChain(db)).ok).toBe(true);
});
