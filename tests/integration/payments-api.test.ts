import postgres from "postgres";
import { HttpSession } from "../setup/http-session";
import { testPassword, testStack } from "../setup/stack";
import { checkoutRequestsFor, sessionCompleted, signed } from "./payments-helpers";

// The payments contract over HTTP against the production build, whose Stripe client talks to the stand-in
// and whose webhook secret signs the events below.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const app = () => postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });
const JUSTIFICATION = { code: "technical_spec", text: "Uji API pembayaran: spesifikasi teknis hanya dipenuhi penyedia ini." };

const signedIn = async (email: string) => {
  const session = new HttpSession();
  expect((await session.signIn(email, testPassword())).hasSession).toBe(true);
  return session;
};
// A browser client sends `{}` for a request with nothing to say; an empty JSON body is a 400.
const post = (session: HttpSession, path: string, body?: unknown) =>
  session.fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: body === undefined ? "{}" : JSON.stringify(body) });
const webhook = (payload: string, signature: string | null) =>
  fetch(new URL("/api/v1/stripe/webhook", testStack().appUrl), {
    method: "POST",
    headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
    body: payload,
  });

// Whole order flows per test on a machine shared with other runs: generous, never asserted as timings.
jest.setTimeout(30_000);

let buyer: HttpSession;
let ppk: HttpSession;
let seller: HttpSession;
let treasurer: HttpSession;
let admin: HttpSession;
let budgetLineId: string;
let productId: string;
const year = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));

/** An order of the demo seller, received through the API: its BAST issued the invoice. */
const receivedOrder = async () => {
  const request = (await (await post(buyer, "/api/v1/purchase-requests", { budgetLineId, purpose: "Uji API pembayaran", lines: [{ productId, quantity: 1 }], justification: JUSTIFICATION })).json()) as Json;
  const approval = (await (await post(ppk, `/api/v1/purchase-requests/${request.id}/approve`)).json()) as Json;
  const orderId = approval.orders[0].id as string;
  expect((await post(seller, `/api/v1/orders/${orderId}/accept`)).status).toBe(200);
  expect((await post(seller, `/api/v1/orders/${orderId}/ship`, {})).status).toBe(200);
  const received = await post(buyer, `/api/v1/orders/${orderId}/receive`);
  expect(received.status).toBe(201);
  expect(await received.json()).toMatchObject({ status: "invoiced", invoice: { amountIdr: request.totalIdr } });
  return { orderId, totalIdr: request.totalIdr as number };
};

beforeAll(async () => {
  const sessions = await Promise.all(["pembeli", "ppk", "penjual", "bendahara", "admin"].map((name) => signedIn(`${name}@pasarumk.test`)));
  [buyer, ppk, seller, treasurer, admin] = sessions as [HttpSession, HttpSession, HttpSession, HttpSession, HttpSession];
  const sql = app();
  try {
    const [opd] = await sql`SELECT id FROM opds WHERE short_name = 'Dispar'`;
    const [line] = await sql`
      INSERT INTO budget_lines (opd_id, fiscal_year, code, name, ceiling_idr)
      VALUES (${opd!.id}, ${year}, ${`9.9.pay.${Date.now()}`}, 'Uji API pembayaran', 500000000) RETURNING id`;
    budgetLineId = line!.id;
    const [product] = await sql`
      SELECT p.id FROM products p JOIN categories c ON c.id = p.category_id
      JOIN memberships m ON m.business_id = p.business_id JOIN users u ON u.id = m.user_id
      WHERE u.email = 'penjual@pasarumk.test' AND p.status = 'active' AND NOT c.is_food AND p.min_order = 1
      ORDER BY p.price_idr LIMIT 1`;
    productId = product!.id;
    await sql`UPDATE products SET stock = 1000 WHERE id = ${productId}`;
  } finally {
    await sql.end();
  }
}, 60_000);

describe("card payment over HTTP", () => {
  it("checkout → signed webhook → paid; duplicate answered 200 and ignored; bad signature 400 with nothing recorded", async () => {
    const { orderId, totalIdr } = await receivedOrder();
    const forbidden = await post(buyer, `/api/v1/orders/${orderId}/checkout`, { successUrl: "http://x.test/ok", cancelUrl: "http://x.test/no" });
    expect(forbidden.status).toBe(403);
    const own = testStack().appUrl!;
    const started = await post(treasurer, `/api/v1/orders/${orderId}/checkout`, { successUrl: `${own}/ok?session_id={CHECKOUT_SESSION_ID}`, cancelUrl: `${own}/no` });
    expect(started.status).toBe(201);
    const { url, sessionId } = (await started.json()) as Json;
    expect(url).toEqual(expect.stringContaining(sessionId));
    const [sent] = await checkoutRequestsFor(orderId);
    expect(Number(sent!.body.line_items[0].price_data.unit_amount)).toBe(totalIdr * 100);

    const payments = (await (await treasurer.fetch(`/api/v1/orders/${orderId}/payments`)).json()) as Json;
    expect(payments).toMatchObject({ outstandingIdr: totalIdr, payments: [{ method: "kkpd_card", status: "pending" }], actions: { payByTransfer: false, payByCard: false } });
    const paymentId = payments.payments[0].id as string;
    const event = sessionCompleted({ sessionId, orderId, paymentId, amountIdr: totalIdr, paymentIntentId: `pi_${sessionId.slice(8)}` });
    const { payload, signature } = signed(event);

    const sql = app();
    try {
      const before = (await sql`SELECT count(*)::int AS n FROM stripe_events`)[0]!.n;
      const bad = await webhook(payload, signed(event, "whsec_not_ours").signature);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { code: "bad_request" } });
      expect((await webhook(payload, null)).status).toBe(400);
      expect((await sql`SELECT count(*)::int AS n FROM stripe_events`)[0]!.n).toBe(before);

      const ok = await webhook(payload, signature);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ received: true, outcome: "payment_succeeded" });
      const dup = await webhook(payload, signature);
      expect(dup.status).toBe(200);
      expect(await dup.json()).toEqual({ received: true, duplicate: true });
      expect((await sql`SELECT count(*)::int AS n FROM payments WHERE order_id = ${orderId}`)[0]!.n).toBe(1);
    } finally {
      await sql.end();
    }
    const order = (await (await seller.fetch(`/api/v1/orders/${orderId}`)).json()) as Json;
    expect(order).toMatchObject({ status: "paid", invoice: { status: "paid" }, payments: [{ method: "kkpd_card", status: "succeeded", amountIdr: totalIdr }], payout: null });

    const queue = (await (await admin.fetch("/api/v1/payouts")).json()) as Json[];
    expect(queue.map((r) => r.paymentId)).toContain(paymentId);
    const payout = await post(admin, "/api/v1/payouts", { paymentId, method: "bank_transfer", reference: `BNI-${Date.now()}`, disbursedAt: new Date().toISOString() });
    expect(payout.status).toBe(201);
    expect(await payout.json()).toMatchObject({ amountIdr: totalIdr, orderStatus: "closed" });
    expect((await post(admin, "/api/v1/payouts", { paymentId, reference: "lagi-1", disbursedAt: new Date().toISOString() })).status).toBe(409);
  });
});

describe("card checkout return URLs: no open redirect through Stripe", () => {
  it("refuses return URLs on another origin (422, no payment, no session) and defaults to the app's own pay page", async () => {
    const { orderId } = await receivedOrder();
    const foreign = await post(treasurer, `/api/v1/orders/${orderId}/checkout`, { successUrl: "https://phish.test/ok", cancelUrl: `${testStack().appUrl}/no` });
    expect(foreign.status).toBe(422);
    expect(await foreign.json()).toMatchObject({ error: { code: "unprocessable", details: [{ path: "successUrl", reason: "foreign_return_url" }] } });
    expect(await checkoutRequestsFor(orderId)).toHaveLength(0);
    const payments = (await (await treasurer.fetch(`/api/v1/orders/${orderId}/payments`)).json()) as Json;
    expect(payments.payments).toEqual([]);

    const started = await post(treasurer, `/api/v1/orders/${orderId}/checkout`, {});
    expect(started.status).toBe(201);
    const [sent] = await checkoutRequestsFor(orderId);
    const own = new URL(testStack().appUrl!).origin;
    expect(sent!.body.success_url).toBe(`${own}/bendahara/${orderId}/kartu?session_id={CHECKOUT_SESSION_ID}`);
    expect(sent!.body.cancel_url).toBe(`${own}/bendahara/${orderId}?kartu=batal`);
  });
});

/** A received order paid by card: checkout over HTTP and Stripe's signed completion to the webhook. */
const cardPaidOrder = async () => {
  const { orderId, totalIdr } = await receivedOrder();
  const started = await post(treasurer, `/api/v1/orders/${orderId}/checkout`, {});
  const { sessionId } = (await started.json()) as Json;
  const payments = (await (await treasurer.fetch(`/api/v1/orders/${orderId}/payments`)).json()) as Json;
  const paymentId = payments.payments[0].id as string;
  const { payload, signature } = signed(sessionCompleted({ sessionId, orderId, paymentId, amountIdr: totalIdr, paymentIntentId: `pi_${sessionId.slice(8)}` }));
  expect((await webhook(payload, signature)).status).toBe(200);
  return { orderId, totalIdr, paymentId };
};

describe("payouts over HTTP: Stripe Connect transfer and the platform's clock", () => {
  it("stripe_transfer: 422 without a connected account, 503 with nothing recorded when Stripe refuses, then 201 with the transfer id; a bank transfer needs a reference", async () => {
    const { paymentId, totalIdr } = await cardPaidOrder();
    const body = { paymentId, method: "stripe_transfer", disbursedAt: new Date().toISOString() };
    const sql = app();
    const account = `acct_test_api_${Date.now().toString(36)}`;
    try {
      await sql`UPDATE businesses SET stripe_account_id = NULL WHERE id = (SELECT business_id FROM payments p JOIN orders o ON o.id = p.order_id WHERE p.id = ${paymentId})`;
      const none = await post(admin, "/api/v1/payouts", body);
      expect(none.status).toBe(422);
      expect(((await none.json()) as Json).error.details).toMatchObject({ reason: "no_connected_account" });
      const noReference = await post(admin, "/api/v1/payouts", { ...body, method: "bank_transfer" });
      expect(noReference.status).toBe(422);

      await sql`UPDATE businesses SET stripe_account_id = ${account} WHERE id = (SELECT business_id FROM payments p JOIN orders o ON o.id = p.order_id WHERE p.id = ${paymentId})`;
      await fetch(`${testStack().stripe.url}/__stand-in/failures`, { method: "POST", body: JSON.stringify({ destination: account, times: 1 }) });
      const refused = await post(admin, "/api/v1/payouts", body);
      expect(refused.status).toBe(503);
      expect(((await refused.json()) as Json).error).toMatchObject({ code: "unavailable", details: { reason: "stripe_transfer_failed" } });
      expect((await sql`SELECT count(*)::int AS n FROM payouts WHERE payment_id = ${paymentId}`)[0]!.n).toBe(0);

      const made = await post(admin, "/api/v1/payouts", body);
      expect(made.status).toBe(201);
      const payout = (await made.json()) as Json;
      expect(payout).toMatchObject({ method: "stripe_transfer", amountIdr: totalIdr, orderStatus: "closed" });
      expect(payout.stripeTransferId).toMatch(/^tr_test_/);
      expect((await sql`SELECT stripe_transfer_id FROM payouts WHERE payment_id = ${paymentId}`)[0]!.stripe_transfer_id).toBe(payout.stripeTransferId);
    } finally {
      // The demo seller is shared with the browser journeys: leave it as seeded.
      await sql`UPDATE businesses SET stripe_account_id = NULL WHERE stripe_account_id = ${account}`;
      await sql.end();
    }
  });

  it("GET /api/v1/payouts/clock: the admin's figures; public=1 without sign-in has figures only; otherwise 401/403", async () => {
    const mine = await admin.fetch(`/api/v1/payouts/clock?fiscalYear=${year}`);
    expect(mine.status).toBe(200);
    const clock = (await mine.json()) as Json;
    expect(clock).toMatchObject({ fiscalYear: year });
    expect(clock.disbursedCount).toBeGreaterThanOrEqual(1);
    const anonymous = await fetch(new URL(`/api/v1/payouts/clock?fiscalYear=${year}&public=1`, testStack().appUrl));
    expect(anonymous.status).toBe(200);
    expect(Object.keys((await anonymous.json()) as Json).sort()).toEqual(["disbursedCount", "fiscalYear", "medianDays", "oldestWaitDays", "p90Days", "waitingCount"]);
    expect((await fetch(new URL(`/api/v1/payouts/clock?fiscalYear=${year}`, testStack().appUrl))).status).toBe(401);
    expect((await treasurer.fetch(`/api/v1/payouts/clock?fiscalYear=${year}`)).status).toBe(403);
    expect((await admin.fetch("/api/v1/payouts/clock")).status).toBe(400);
  });
});

describe("SP2D over HTTP, queue and clock", () => {
  it("pays by SP2D (422 on a wrong amount, 201, then 409), leaves the queue; the public clock needs no sign-in", async () => {
    const { orderId, totalIdr } = await receivedOrder();
    const queue = (await (await treasurer.fetch("/api/v1/treasury/queue")).json()) as Json[];
    expect(queue.find((r) => r.orderId === orderId)).toMatchObject({ outstandingIdr: totalIdr, ageDays: 0 });
    const body = { method: "sp2d", reference: `SP2D-API-${Date.now()}`, paidAt: new Date().toISOString(), amountIdr: totalIdr };
    const wrong = await post(treasurer, `/api/v1/orders/${orderId}/payments`, { ...body, amountIdr: totalIdr + 1 });
    expect(wrong.status).toBe(422);
    expect(((await wrong.json()) as Json).error.details).toMatchObject({ reason: "amount_mismatch", expectedIdr: totalIdr });
    expect((await post(buyer, `/api/v1/orders/${orderId}/payments`, body)).status).toBe(403);
    const paid = await post(treasurer, `/api/v1/orders/${orderId}/payments`, body);
    expect(paid.status).toBe(201);
    expect(await paid.json()).toMatchObject({ method: "sp2d", status: "succeeded", orderStatus: "paid" });
    const again = await post(treasurer, `/api/v1/orders/${orderId}/payments`, body);
    expect(again.status).toBe(409);
    expect(((await (await treasurer.fetch("/api/v1/treasury/queue")).json()) as Json[]).map((r) => r.orderId)).not.toContain(orderId);

    const anonymous = await fetch(new URL(`/api/v1/payment-clock?fiscalYear=${year}&public=1`, testStack().appUrl));
    expect(anonymous.status).toBe(200);
    const clock = (await anonymous.json()) as Json;
    expect(clock).toMatchObject({ fiscalYear: year, maxDaysToPay: 7, overdue: [] });
    expect(clock.opds.length).toBeGreaterThan(0);
    expect((await fetch(new URL(`/api/v1/payment-clock?fiscalYear=${year}`, testStack().appUrl))).status).toBe(401);
    const mine = (await (await treasurer.fetch(`/api/v1/payment-clock?fiscalYear=${year}`)).json()) as Json;
    expect(mine.opds).toHaveLength(1);
  });
});

describe("partial receipt over HTTP", () => {
  it("close-remaining (buyer) releases the rest; the printable invoice is readable by the seller", async () => {
    const request = (await (await post(buyer, "/api/v1/purchase-requests", { budgetLineId, purpose: "Uji API sisa pesanan", lines: [{ productId, quantity: 3 }], justification: JUSTIFICATION })).json()) as Json;
    const orderId = ((await (await post(ppk, `/api/v1/purchase-requests/${request.id}/approve`)).json()) as Json).orders[0].id as string;
    await post(seller, `/api/v1/orders/${orderId}/accept`);
    await post(seller, `/api/v1/orders/${orderId}/ship`, {});
    const order = (await (await buyer.fetch(`/api/v1/orders/${orderId}`)).json()) as Json;
    const partial = (await (await post(buyer, `/api/v1/orders/${orderId}/receive`, { lines: [{ orderLineId: order.lines[0].id, quantity: 1 }] })).json()) as Json;
    const unitPriceIdr = order.lines[0].unitPriceIdr as number;
    expect(partial).toMatchObject({ status: "invoiced", invoice: { amountIdr: unitPriceIdr } });

    expect((await post(seller, `/api/v1/orders/${orderId}/close-remaining`, { reason: "Penjual tidak bisa menutup" })).status).toBe(403);
    expect((await post(buyer, `/api/v1/orders/${orderId}/close-remaining`, { reason: "x" })).status).toBe(422);
    const closed = await post(buyer, `/api/v1/orders/${orderId}/close-remaining`, { reason: "Sisa barang rusak dalam pengiriman" });
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({ status: "invoiced", totalIdr: unitPriceIdr, releasedBudgetIdr: unitPriceIdr * 2, closedLines: [{ quantity: 2 }] });
    expect((await post(ppk, `/api/v1/orders/${orderId}/close-remaining`, { reason: "Sekali lagi ditutup" })).status).toBe(409);

    const invoice = await seller.fetch(`/api/v1/invoices/${partial.invoice.id}`);
    expect(invoice.status).toBe(200);
    expect(await invoice.json()).toMatchObject({ id: partial.invoice.id, amountIdr: unitPriceIdr, order: { id: orderId }, lines: [{ quantity: 1, totalIdr: unitPriceIdr }] });
    expect((await fetch(new URL(`/api/v1/invoices/${partial.invoice.id}`, testStack().appUrl))).status).toBe(401);
    expect((await seller.fetch("/api/v1/invoices/not-a-uuid")).status).toBe(404);
  });
});
