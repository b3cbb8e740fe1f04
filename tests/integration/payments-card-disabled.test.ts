import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import type { Viewer } from "@/lib/domain/auth/roles";
import { cardPaymentsEnabled, getOrderPayments, recordPayout, recordTransferPayment, startCardCheckout } from "@/lib/services/payments";
import { count, orderAtBast } from "./payments-helpers";
import { expectAppError, seedDemoParties } from "./procurement-helpers";

// Without Stripe keys the card option is off (409 card_payments_disabled, hidden in the view) and transfers still work.
delete process.env.STRIPE_SECRET_KEY;
delete process.env.STRIPE_WEBHOOK_SECRET;

// Whole order flows per test on a machine shared with other runs: generous, never asserted as timings.
jest.setTimeout(30_000);

let buyer: Viewer;
let approver: Viewer;
let treasurer: Viewer;
let admin: Viewer;
let dispar: string;

beforeAll(async () => {
  ({ buyer, approver, treasurer, admin, dispar } = await seedDemoParties(db));
}, 60_000);

it("refuses card checkout with 409 card_payments_disabled and offers only the transfer", async () => {
  expect(cardPaymentsEnabled()).toBe(false);
  const { orderId, totalIdr } = await orderAtBast(db, { buyer, approver, opdId: dispar });
  await expectAppError(startCardCheckout(treasurer, orderId, { appOrigin: "https://x.test", successUrl: "https://x.test/ok", cancelUrl: "https://x.test/no" }), "card_payments_disabled", { reason: "card_payments_disabled" });
  expect((await getOrderPayments(treasurer, orderId)).actions).toEqual({ payByTransfer: true, payByCard: false, transferNeedsPayoutAccount: false });
  await expectAppError(startCardCheckout(buyer, orderId, { appOrigin: "https://x.test", successUrl: "https://x.test/ok", cancelUrl: "https://x.test/no" }), "forbidden");
  await expect(recordTransferPayment(treasurer, orderId, { method: "up", reference: "UP-0001/2026", paidAt: new Date(), amountIdr: totalIdr })).resolves.toMatchObject({ status: "succeeded" });
});

it("a card payment taken while Stripe was configured: a Connect payout now → 409 stripe_transfers_disabled with nothing recorded; a bank transfer needs no Stripe", async () => {
  const { orderId, totalIdr, product } = await orderAtBast(db, { buyer, approver, opdId: dispar });
  await db.execute(sql`UPDATE businesses SET stripe_account_id = 'acct_test_disabled' WHERE id = ${product.businessId}`);
  const [payment] = (await db.execute(sql`
    INSERT INTO payments (order_id, method, status, amount_idr, paid_at) VALUES (${orderId}, 'kkpd_card', 'succeeded', ${totalIdr}, now()) RETURNING id`)) as unknown as Array<{ id: string }>;
  await expectAppError(recordPayout(admin, payment!.id, { method: "stripe_transfer", disbursedAt: new Date() }), "conflict", { reason: "stripe_transfers_disabled" });
  expect(await count(db, "payouts", sql`payment_id = ${payment!.id}`)).toBe(0);
  await expect(recordPayout(admin, payment!.id, { reference: "BNI-TANPA-STRIPE", disbursedAt: new Date() })).resolves.toMatchObject({ method: "bank_transfer", amountIdr: totalIdr });
});
