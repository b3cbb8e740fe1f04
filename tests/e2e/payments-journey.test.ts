import type { Browser, Page } from "playwright-core";
import Stripe from "stripe";
import { HttpSession } from "../setup/http-session";
import { testPassword, testStack } from "../setup/stack";
import { appUrl, fitsWidth, launchBrowser, screenshot, VIEWPORTS, signedIn as signedInAs } from "./browser";

// Issue 6 end to end in Chromium: a received order of the demo seller (made through the app's HTTP API:
// buyer submits, PPK approves, seller accepts and ships, buyer signs the BAST) shows up in the treasurer's
// queue; the treasurer pays it by SP2D on a 360-px phone (a wrong amount is refused next to the field), it
// leaves the queue, and the seller sees it paid with the date. A second order goes by KKPD card: the return
// page says "waiting" until Stripe's (signed) webhook arrives, then "confirmed"; the admin records the
// payout and the seller sees invoice → paid → disbursed. The public transparency page needs no sign-in and
// shows no order numbers.

jest.setTimeout(300_000);

const BUYER = "pembeli@pasarumk.test";
const PPK = "ppk@pasarumk.test";
const SELLER = "penjual@pasarumk.test";
const TREASURER = "bendahara@pasarumk.test";
const AUDITOR = "auditor@pasarumk.test";
const ADMIN = "admin@pasarumk.test";
const { desktop, phone } = VIEWPORTS;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let browser: Browser;
let orderId = "";
let orderNumber = "";
let totalIdr = 0;
let cardOrder: { id: string; number: string; totalIdr: number };
let noJsOrder: { id: string; number: string; totalIdr: number };
let partialOrder: { id: string; number: string; totalIdr: number; receivedIdr: number };

const api = async (email: string) => {
  const session = new HttpSession();
  expect((await session.signIn(email, testPassword())).hasSession).toBe(true);
  return session;
};

const getJson = async (session: HttpSession, path: string): Promise<Json> => {
  const response = await session.fetch(path);
  expect(response.status).toBe(200);
  return (await response.json()) as Json;
};

const post = async (session: HttpSession, path: string, body: unknown, status: number): Promise<Json> => {
  const response = await session.fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const text = await response.text();
  if (response.status !== status) throw new Error(`${path} answered ${response.status}: ${text}`);
  return text ? (JSON.parse(text) as Json) : {};
};

const signedIn = (email: string, viewport: { width: number; height: number }, path: string) => signedInAs(browser, email, viewport, path);

/** A fresh order of the demo seller, received in full: the state the treasurer's queue is about. */
const createReceivedOrder = async (options: { partial?: boolean } = {}) => {
  const factor = options.partial ? 2 : 1;
  const [buyer, ppk, seller] = await Promise.all([api(BUYER), api(PPK), api(SELLER)]);
  const me = await getJson(seller, "/api/v1/me");
  const businessId = (me.memberships as Json[]).find((m) => m.role === "seller" && m.businessId)!.businessId as string;

  const year = Number(new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Makassar", year: "numeric" }).format(new Date()));
  const budgetLines = (await getJson(buyer, `/api/v1/budget-lines?fiscalYear=${year}`)) as unknown as Json[];
  const budgetLine = [...budgetLines].sort((a, b) => b.availableIdr - a.availableIdr)[0]!;
  const { hits } = await getJson(seller, `/api/v1/products?businessId=${businessId}&perPage=50`);
  let product: Json | undefined;
  for (const hit of hits as Json[]) {
    const detail = await getJson(buyer, `/api/v1/products/${hit.id}`);
    if (hit.business.id === businessId && detail.stock >= detail.minOrder * factor && detail.priceIdr * detail.minOrder * factor <= Math.min(5_000_000, budgetLine.availableIdr)) {
      product = detail;
      break;
    }
  }
  if (!product) throw new Error("no product of the demo seller fits a budget line");

  const request = await post(buyer, "/api/v1/purchase-requests", {
    budgetLineId: budgetLine.id,
    purpose: "Uji E2E pembayaran: kain tenun untuk cendera mata tamu",
    lines: [{ productId: product.id, quantity: product.minOrder * factor }],
    // Earlier runs may have ordered from this seller many times in a row (SELLER_ROTATION asks for a reason).
    justification: { code: "technical_spec", text: "Uji E2E: motif tenun Sukarara khusus yang hanya dibuat penyedia ini." },
  }, 201);
  const approval = await post(ppk, `/api/v1/purchase-requests/${request.id}/approve`, {}, 200);
  const order = (approval.orders as Json[]).find((o) => o.businessId === businessId)!;
  await post(seller, `/api/v1/orders/${order.id}/accept`, {}, 200);
  await post(seller, `/api/v1/orders/${order.id}/ship`, { note: "Diantar kurir toko" }, 200);
  // Partial: half of the quantity arrives (one BAST, one invoice for it); the rest stays open.
  const detail = options.partial ? await getJson(buyer, `/api/v1/orders/${order.id}`) : null;
  const lines = detail ? [{ orderLineId: (detail.lines as Json[])[0]!.id, quantity: product.minOrder }] : undefined;
  await post(buyer, `/api/v1/orders/${order.id}/receive`, lines ? { lines } : {}, 201);
  return { id: order.id as string, number: order.number as string, totalIdr: order.totalIdr as number, receivedIdr: (product.priceIdr as number) * (product.minOrder as number) };
};

const rupiahDigits = (n: number) => new Intl.NumberFormat("id-ID").format(n);

beforeAll(async () => {
  browser = await launchBrowser();
  const order = await createReceivedOrder();
  orderId = order.id;
  orderNumber = order.number;
  totalIdr = order.totalIdr;
  cardOrder = await createReceivedOrder();
  noJsOrder = await createReceivedOrder();
  partialOrder = await createReceivedOrder({ partial: true });
});
afterAll(async () => {
  await browser?.close();
});

describe("payments journey: BAST → treasurer pays by SP2D → seller sees it paid", () => {
  it("the treasurer finds the order in /bendahara with its age, invoice and outstanding amount (360 px)", async () => {
    const { context, page } = await signedIn(TREASURER, phone, "/bendahara");
    await page.getByTestId("payment-clock").waitFor();
    const row = page.locator(`[data-testid="treasury-row"][data-order-id="${orderId}"]`);
    await row.waitFor();
    expect(await row.getByTestId("treasury-outstanding").getAttribute("data-amount")).toBe(String(totalIdr));
    expect(await row.getByTestId("treasury-age").getAttribute("data-days")).toBe("0");
    expect(await row.getAttribute("data-overdue")).toBe("false");
    expect(await row.getByTestId("treasury-invoice").count()).toBe(1);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "payments-treasury-queue-phone");

    await row.getByTestId("treasury-open").click();
    await page.waitForURL((url) => url.pathname === `/bendahara/${orderId}`);
    const form = page.getByTestId("transfer-form");
    // Prefilled with exactly what is owed; SP2D by default; today's date in WITA.
    expect(await form.getByTestId("input-amountIdr").inputValue()).toBe(rupiahDigits(totalIdr));
    expect(await form.getByTestId("input-method").inputValue()).toBe("sp2d");
    expect(await form.getByTestId("input-paidAt").inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The test stack configures Stripe (a local stand-in), so the KKPD option is offered next to SP2D/UP.
    expect(await page.getByTestId("card-checkout-form").count()).toBe(1);
    expect(await fitsWidth(page)).toBe(true);

    const reference = `SP2D-E2E/${Date.now()}`;
    await form.getByTestId("input-reference").fill(reference);

    // A mismatched amount is refused, the message next to the amount field; nothing is recorded.
    await form.getByTestId("input-amountIdr").fill(rupiahDigits(totalIdr + 1000));
    await form.getByTestId("form-submit").click();
    await form.getByTestId("error-amountIdr").waitFor({ timeout: 30_000 });
    expect(await form.getByTestId("input-reference").inputValue()).toBe(reference);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "payments-pay-amount-mismatch-phone");

    await form.getByTestId("input-amountIdr").fill(rupiahDigits(totalIdr));
    await form.getByTestId("form-submit").click();
    await page.waitForURL((url) => url.pathname === "/bendahara", { timeout: 30_000 });
    await page.getByTestId("payment-recorded").waitFor();
    expect(await page.getByTestId("payment-recorded").textContent()).toContain(orderNumber);
    expect(await page.locator(`[data-testid="treasury-row"][data-order-id="${orderId}"]`).count()).toBe(0);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "payments-treasury-paid-phone");
    await context.close();
  });

  it("the seller sees the order paid, with the date, and can open the invoice", async () => {
    const { context, page } = await signedIn(SELLER, desktop, `/pesanan/${orderId}`);
    const section = page.getByTestId("order-payments");
    await section.waitFor();
    expect(await section.getAttribute("data-paid")).toBe("true");
    expect(await section.getAttribute("data-outstanding")).toBe("0");
    const today = new Intl.DateTimeFormat("id-ID", { timeZone: "Asia/Makassar", day: "numeric", month: "short", year: "numeric" }).format(new Date());
    expect(await section.getByTestId("payment-paid-at").textContent()).toBe(today);
    const payment = section.locator('[data-testid="order-payment"][data-method="sp2d"][data-status="succeeded"]');
    expect(await payment.count()).toBe(1);
    expect(await payment.getByTestId("payment-date").textContent()).toBe(today);
    expect(await section.locator('[data-testid="order-invoice"][data-status="paid"]').count()).toBe(1);
    await screenshot(page, "payments-seller-order-paid");

    await section.getByTestId("invoice-link").click();
    await page.getByTestId("invoice-document").waitFor();
    expect(await page.getByTestId("document-total").textContent()).toBe(`Rp${rupiahDigits(totalIdr)}`);
    expect(await page.getByTestId("invoice-stamp").getAttribute("data-status")).toBe("paid");
    await screenshot(page, "payments-invoice");
    await page.setViewportSize(phone);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "payments-invoice-phone");
    await context.close();
  });

  it("without JavaScript the UP form still records the payment, and a reused reference is refused at the field", async () => {
    const { context } = await signedIn(TREASURER, desktop, "/bendahara");
    const noJs = await browser.newContext({ viewport: phone, javaScriptEnabled: false, storageState: await context.storageState() });
    await context.close();
    const page = await noJs.newPage();
    await page.goto(appUrl(`/bendahara/${noJsOrder.id}`));
    const form = page.getByTestId("transfer-form");
    await form.getByTestId("input-method").selectOption("up");
    const reference = `UP-E2E/${Date.now()}`;
    await form.getByTestId("input-reference").fill(reference);
    await form.getByTestId("form-submit").click();
    await page.waitForURL((url) => url.pathname === "/bendahara", { timeout: 30_000 });
    await page.getByTestId("payment-recorded").waitFor();
    expect(await page.locator(`[data-testid="treasury-row"][data-order-id="${noJsOrder.id}"]`).count()).toBe(0);
    await noJs.close();

    // The same UP number for another order is refused next to the reference field (card order, still open).
    const again = await signedIn(TREASURER, phone, `/bendahara/${cardOrder.id}`);
    const second = again.page.getByTestId("transfer-form");
    await second.getByTestId("input-method").selectOption("up");
    await second.getByTestId("input-reference").fill(reference);
    await second.getByTestId("form-submit").click();
    await second.getByTestId("error-reference").waitFor({ timeout: 30_000 });
    expect(await again.page.locator('[data-testid="pay-page"]').getAttribute("data-outstanding")).toBe(String(cardOrder.totalIdr));
    await screenshot(again.page, "payments-pay-reference-reused-phone");
    await again.context.close();
  });

  it("KKPD: the return page waits for Stripe; the signed webhook pays; the admin records the payout; the seller sees it disbursed", async () => {
    const { context, page } = await signedIn(TREASURER, phone, `/bendahara/${cardOrder.id}`);
    await page.getByTestId("card-checkout-submit").click();
    // The server action sends the browser to the Checkout page (the stand-in's, here).
    await page.getByTestId("stripe-stand-in").waitFor({ timeout: 30_000 });
    const sessionId = (await page.getByTestId("stripe-stand-in").textContent())!.trim();
    expect(sessionId).toMatch(/^cs_test_/);

    // Coming back before Stripe has told us anything: not paid, and no second way to pay meanwhile.
    await page.goto(appUrl(`/bendahara/${cardOrder.id}/kartu?session_id=${sessionId}`));
    expect(await page.getByTestId("card-return").getAttribute("data-state")).toBe("waiting");
    expect(await page.getByTestId("card-return-outstanding").textContent()).toBe(`Rp${rupiahDigits(cardOrder.totalIdr)}`);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "payments-card-waiting-phone");
    await page.goto(appUrl(`/bendahara/${cardOrder.id}`));
    await page.getByTestId("pending-card").waitFor();
    expect(await page.getByTestId("transfer-form").count()).toBe(0);

    // Stripe reports the session paid, signed with the webhook secret the app was given.
    const stack = testStack();
    const requests = (await (await fetch(`${stack.stripe.url}/__stand-in/requests`)).json()) as Json[];
    const created = requests.find((r) => r.path === "/v1/checkout/sessions" && r.method === "POST" && r.body.metadata?.orderId === cardOrder.id)!;
    const paymentId = created.body.metadata.paymentId as string;
    const event = {
      id: `evt_e2e_${Date.now().toString(36)}`, object: "event", api_version: "2025-01-01", created: Math.floor(Date.now() / 1000), livemode: false,
      type: "checkout.session.completed",
      data: { object: { id: sessionId, object: "checkout.session", payment_status: "paid", status: "complete", payment_intent: `pi_e2e_${Date.now().toString(36)}`, amount_total: cardOrder.totalIdr * 100, currency: "idr", metadata: { orderId: cardOrder.id, paymentId } } },
    };
    const payload = JSON.stringify(event);
    const webhook = await fetch(appUrl("/api/v1/stripe/webhook"), {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret: stack.stripe.env.STRIPE_WEBHOOK_SECRET }) },
      body: payload,
    });
    expect(webhook.status).toBe(200);

    await page.goto(appUrl(`/bendahara/${cardOrder.id}/kartu?session_id=${sessionId}`));
    expect(await page.getByTestId("card-return").getAttribute("data-state")).toBe("confirmed");
    expect(await page.getByTestId("card-return-outstanding").textContent()).toBe("Rp0");
    await screenshot(page, "payments-card-confirmed-phone");
    await page.goto(appUrl("/bendahara"));
    expect(await page.locator(`[data-testid="treasury-row"][data-order-id="${cardOrder.id}"]`).count()).toBe(0);
    await context.close();

    const admin = await signedIn(ADMIN, phone, "/admin/pencairan");
    const row = admin.page.locator(`[data-testid="payout-row"][data-payment-id="${paymentId}"]`);
    await row.waitFor();
    expect(await fitsWidth(admin.page)).toBe(true);
    await screenshot(admin.page, "payments-payouts-phone");
    await row.getByTestId("input-reference").fill(`TRF-E2E-${Date.now()}`);
    await row.getByTestId("form-submit").click();
    await admin.page.getByTestId("payout-recorded").waitFor({ timeout: 30_000 });
    expect(await admin.page.locator(`[data-testid="payout-row"][data-payment-id="${paymentId}"]`).count()).toBe(0);
    // The platform's clock counts this year's disbursed card payments, this one included (paid and disbursed today).
    expect(Number(await admin.page.getByTestId("platform-clock-disbursed").textContent())).toBeGreaterThanOrEqual(1);
    await admin.context.close();

    const seller = await signedIn(SELLER, phone, `/pesanan/${cardOrder.id}`);
    const section = seller.page.getByTestId("order-payments");
    await section.waitFor();
    for (const step of ["invoiced", "paid", "disbursed"]) {
      expect(await section.locator(`[data-testid="payment-step"][data-step="${step}"]`).getAttribute("data-done")).toBe("true");
    }
    expect(await section.getByTestId("order-payout").getAttribute("data-done")).toBe("true");
    expect(await section.locator('[data-testid="order-payment"][data-method="kkpd_card"][data-status="succeeded"]').count()).toBe(1);
    expect(await fitsWidth(seller.page)).toBe(true);
    await screenshot(seller.page, "payments-seller-disbursed-phone");
    await seller.context.close();
  });

  it("after a partial BAST the buyer closes the rest; the treasurer owes exactly what was received (360 px)", async () => {
    const { context, page } = await signedIn(BUYER, phone, `/pesanan/${partialOrder.id}`);
    const section = page.getByTestId("order-payments");
    expect(await section.getAttribute("data-outstanding")).toBe(String(partialOrder.receivedIdr));
    const close = page.getByTestId("close-remaining-form");
    await close.getByTestId("input-reason").fill("Sisa barang tidak jadi dikirim penjual; cukup yang sudah diterima.");
    await close.getByTestId("form-submit").click();
    await page.getByTestId("close-remaining").waitFor({ state: "detached", timeout: 30_000 });
    expect(await page.getByTestId("order-payments").getAttribute("data-outstanding")).toBe(String(partialOrder.receivedIdr));
    expect(await fitsWidth(page)).toBe(true);
    await context.close();

    const treasurer = await signedIn(TREASURER, phone, "/bendahara");
    const row = treasurer.page.locator(`[data-testid="treasury-row"][data-order-id="${partialOrder.id}"]`);
    await row.waitFor();
    expect(await row.getByTestId("treasury-outstanding").getAttribute("data-amount")).toBe(String(partialOrder.receivedIdr));
    await treasurer.context.close();
  });

  it("the public transparency page needs no sign-in and shows no order numbers (360 px)", async () => {
    const context = await browser.newContext({ viewport: phone });
    const page = await context.newPage();
    const response = await page.goto(appUrl("/transparansi"));
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/transparansi");
    await page.getByTestId("payment-transparency").waitFor();
    expect(await page.locator('[data-testid="clock-opd"]').count()).toBeGreaterThanOrEqual(1);
    // One line for the platform's own clock (card paid → disbursed): figures only.
    expect(await page.getByTestId("transparency-platform-clock").innerText()).toMatch(/KKPD/);
    // What a visitor reads (the page's own text, not the message catalog shipped with it).
    const text = await page.locator("main").innerText();
    expect(text).not.toContain(orderNumber);
    expect(text).not.toMatch(/SP\/\d{4}\//);
    expect(text).not.toContain("@pasarumk.test");
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "payments-transparency-phone");
    // In English too (the language switch is a cookie).
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: appUrl("/") }]);
    await page.goto(appUrl("/transparansi"));
    expect(await page.getByTestId("home-title").textContent()).toBe("How fast does government pay small businesses?");
    // Linked from every page's footer.
    await page.goto(appUrl("/katalog"));
    expect(await page.getByTestId("footer-transparency").getAttribute("href")).toBe("/transparansi");
    await context.close();
  });

  it("the auditor's payment clock and the admin's payout queue render", async () => {
    const auditor = await signedIn(AUDITOR, phone, "/audit/pembayaran");
    await auditor.page.getByTestId("audit-payment-clock").waitFor();
    expect(await auditor.page.locator('[data-testid="clock-opd"]').count()).toBeGreaterThanOrEqual(1);
    expect(await fitsWidth(auditor.page)).toBe(true);
    await screenshot(auditor.page, "payments-audit-clock-phone");
    await auditor.context.close();

    const admin = await signedIn(ADMIN, desktop, "/admin/pencairan");
    await admin.page.getByTestId("platform-clock").waitFor();
    await admin.page.goto(appUrl("/admin/kebijakan"));
    await admin.page.getByTestId("policy-paymentClock.maxDaysToPay").waitFor();
    await admin.context.close();
  });
});
