import { db } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import type { Viewer } from "@/lib/domain/auth/roles";
import { cardPaymentsEnabled, getOrderPayments, recordTransferPayment, startCardCheckout } from "@/lib/services/payments";
import { orderAtBast } from "./payments-helpers";
import { expectAppError, opdIdOf, viewerOf } from "./procurement-helpers";

// Without Stripe keys the card option is off (409 card_payments_disabled, hidden in the view) and transfers still work.
delete process.env.STRIPE_SECRET_KEY;
delete process.env.STRIPE_WEBHOOK_SECRET;

// Whole order flows per test on a machine shared with other runs: generous, never asserted as timings.
jest.setTimeout(30_000);

let buyer: Viewer;
let approver: Viewer;
let treasurer: Viewer;
let dispar: string;

beforeAll(async () => {
  await seedDemoData(db, { now: new Date() });
  buyer = await viewerOf(db, "pembeli@pasarumk.test");
  approver = await viewerOf(db, "ppk@pasarumk.test");
  treasurer = await viewerOf(db, "bendahara@pasarumk.test");
  dispar = await opdIdOf(db, "Dispar");
}, 60_000);

it("refuses card checkout with 409 card_payments_disabled and offers only the transfer", async () => {
  expect(cardPaymentsEnabled()).toBe(false);
  const { orderId, totalIdr } = await orderAtBast(db, { buyer, approver, opdId: dispar });
  await expectAppError(startCardCheckout(treasurer, orderId, { successUrl: "https://x.test/ok", cancelUrl: "https://x.test/no" }), "card_payments_disabled", { reason: "card_payments_disabled" });
  expect((await getOrderPayments(treasurer, orderId)).actions).toEqual({ payByTransfer: true, payByCard: false });
  await expectAppError(startCardCheckout(buyer, orderId, { successUrl: "https://x.test/ok", cancelUrl: "https://x.test/no" }), "forbidden");
  await expect(recordTransferPayment(treasurer, orderId, { method: "up", reference: "UP-0001/2026", paidAt: new Date(), amountIdr: totalIdr })).resolves.toMatchObject({ status: "succeeded" });
});
