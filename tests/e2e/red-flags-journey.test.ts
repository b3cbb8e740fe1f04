import type { Browser } from "playwright-core";
import { fitsWidth, launchBrowser, signedIn, VIEWPORTS } from "./browser";

// The auditor's red flags: open a flag, follow it to its order, come back and mark it reviewed with a note;
// then drill from the region down to a buyer's requests, one click each. All in Bahasa Indonesia, the default.

jest.setTimeout(120_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("red flags", () => {
  it("an auditor opens a flag, follows it to the order and marks it reviewed", async () => {
    const { context, page } = await signedIn(browser, "auditor@pasarumk.test", VIEWPORTS.phone, "/audit/tanda?tinjau=belum");
    await expect(page.getByTestId("home-title").textContent()).resolves.toBe("Tanda bahaya");
    expect(await fitsWidth(page)).toBe(true);
    const card = page.locator('[data-testid="red-flag"]').filter({ has: page.locator('[data-testid="flag-link-order"]') }).first();
    const key = await card.getAttribute("data-flag-key");
    expect(key).toBeTruthy();
    await card.getByTestId("open-flag").click();
    await page.waitForURL(/\/audit\/tanda\/[^/?]+/);
    const flagUrl = page.url();
    await expect(page.getByTestId("flag-message").textContent()).resolves.not.toMatch(/[A-Z]{3,}_[A-Z]/);

    const orderHref = await page.getByTestId("flag-link-order").first().getAttribute("href");
    await page.getByTestId("flag-link-order").first().click();
    await page.waitForURL((url) => url.pathname === orderHref);
    expect(await page.locator("main h1").count()).toBeGreaterThan(0);

    await page.goto(flagUrl);
    await page.getByTestId("flag-review-note").fill("Diperiksa bersama PPK: dokumen pesanan dan BAST lengkap.");
    await page.getByTestId("flag-review-submit").click();
    await page.waitForURL(/ditinjau=1/);
    await expect(page.getByTestId("flag-review-done").textContent()).resolves.toContain("Diperiksa bersama PPK");
    expect(await page.getByTestId("flag-review-form").count()).toBe(0);

    await page.goto(new URL("/audit/tanda?tinjau=sudah", page.url()).toString());
    const reviewed = page.locator(`[data-testid="red-flag"][data-flag-key="${key}"]`);
    await expect(reviewed.getByTestId("flag-reviewed").textContent()).resolves.toContain("Ditinjau oleh");
    await page.goto(new URL("/audit/tanda?tinjau=belum", page.url()).toString());
    expect(await page.locator(`[data-testid="red-flag"][data-flag-key="${key}"]`).count()).toBe(0);
    await context.close();
  });

  it("drills from the region to an OPD, a buyer, a request and its order", async () => {
    const { context, page } = await signedIn(browser, "auditor@pasarumk.test", VIEWPORTS.desktop, "/audit/telusur");
    await page.locator('[data-testid="drill-opd-link"][data-has-buyers]').first().click();
    await page.waitForURL(/\/audit\/telusur\/[0-9a-f-]{36}/);
    await page.getByTestId("drill-buyer-link").first().click();
    await page.waitForURL(/\/pembeli\/[0-9a-f-]{36}/);
    const request = page.getByTestId("drill-request-link").first();
    const requestHref = await request.getAttribute("href");
    const orderLink = page.getByTestId("drill-order-link").first();
    const orderHref = await orderLink.getAttribute("href");
    expect(orderHref).toMatch(/^\/pesanan\//);
    await request.click();
    await page.waitForURL((url) => url.pathname === requestHref);
    await page.goBack();
    await page.getByTestId("drill-order-link").first().click();
    await page.waitForURL((url) => url.pathname === orderHref);
    await context.close();
  });
});
