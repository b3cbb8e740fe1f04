import type { Browser, Page } from "playwright-core";
import { appUrl, fitsWidth, launchBrowser, VIEWPORTS } from "./browser";

// The catalog page in real Chromium: instant search with JavaScript, the same journey without it, at 360 px.

jest.setTimeout(60_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const total = async (page: Page) => Number((await page.getByTestId("search-total").innerText()).match(/\d[\d.]*/)![0].replace(/\./g, ""));

describe("/katalog in Chromium", () => {
  it("searches as you type, filters by kabupaten and keeps the state in the URL (phone, with JavaScript)", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(appUrl("/katalog"));
    const before = await total(page);
    await page.getByTestId("search-input").pressSequentially("songkit", { delay: 30 });
    await page.waitForURL(/q=songkit/);
    await page.getByTestId("search-total").filter({ hasText: "songkit" }).waitFor();
    expect(await total(page)).toBeLessThan(before);
    expect(await page.getByTestId("search-result").first().innerText()).toMatch(/songket/i);

    await page.locator("summary").first().click(); // filters fold on a phone
    const box = page.getByTestId("facet-kabupaten").locator('input[name="kabupaten"]').first();
    const kabupaten = await box.getAttribute("value");
    const expected = Number((await page.getByTestId("facet-kabupaten").locator(`label[for="${await box.getAttribute("id")}"] span`).last().innerText()).replace(/\./g, ""));
    await box.check();
    await page.waitForURL((url) => url.searchParams.get("kabupaten") === kabupaten);
    await page.waitForFunction((n) => document.querySelector('[data-testid="search-total"]')?.textContent?.startsWith(`${n} `), expected);
    expect(await total(page)).toBe(expected);
    expect(page.url()).toContain("q=songkit");
    expect(await fitsWidth(page)).toBe(true);
    await page.screenshot({ path: "/tmp/catalog-phone.png", fullPage: true });

    await page.getByTestId("search-result").first().getByRole("link").first().click(); // the title; the second link is the seller's storefront
    await page.getByTestId("seller-card").waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await page.screenshot({ path: "/tmp/product-phone.png", fullPage: true });
    await page.close();
  });

  it("works without JavaScript: a plain GET form", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(appUrl("/katalog"));
    await page.getByTestId("search-input").fill("gerabh");
    await page.getByTestId("search-submit").click();
    await page.waitForURL(/q=gerabh/);
    expect(await page.getByTestId("search-result").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("search-result").first().innerText()).toMatch(/gerabah/i);
    await page.screenshot({ path: "/tmp/catalog-nojs-desktop.png", fullPage: true });
    await context.close();
  });
});
