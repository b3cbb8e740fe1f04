import type { Browser } from "playwright-core";
import { fitsWidth, launchBrowser, screenshot, signedIn, VIEWPORTS } from "./browser";

// A Peluang reaches the seller: government buyers searched for something her category lacks (the demo seed's
// unmet searches, alerted by the worker's first sweep); she opens the notification on her phone and lands on a
// product draft with the search's name and category filled in, completes it and saves it as a draft.

jest.setTimeout(180_000);

const SELLER = "penjual@pasarumk.test";
const QUERY = "songket benang emas sasak";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("Peluang alert", () => {
  it("opens a product draft prefilled from the buyers' search", async () => {
    const { page, context } = await signedIn(browser, SELLER, VIEWPORTS.phone, "/notifikasi");
    const entry = page.locator('[data-testid="notification"]').filter({ hasText: QUERY }).first();
    // The worker sweeps when it starts; give it the time a loaded machine needs.
    for (let i = 0; i < 60 && (await entry.count()) === 0; i += 1) {
      await page.waitForTimeout(1_000);
      await page.reload();
    }
    await entry.waitFor();
    await expect(entry.textContent()).resolves.toContain("Peluang di Tenun & Songket");
    await entry.getByRole("button").click();
    await page.waitForURL((url) => url.pathname === "/penjual/produk/baru" && url.searchParams.get("dari") === "peluang");

    await page.getByTestId("draft-from-opportunity").waitFor();
    const draftUrl = new URL(page.url());
    expect(await page.getByTestId("input-title").inputValue()).toBe("Songket Benang Emas Sasak");
    expect(await page.getByTestId("input-categoryId").locator("option:checked").textContent()).toBe("Kerajinan › Tenun & Songket");
    expect(await page.getByTestId("input-status").inputValue()).toBe("draft");
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "opportunity-draft-phone");

    await page.getByTestId("input-unit").fill("lembar");
    await page.getByTestId("input-priceIdr").fill("2.500.000");
    await page.getByTestId("input-stock").fill("2");
    await page.getByTestId("input-originRegionId").selectOption({ label: "Lombok Tengah" });
    await page.getByTestId("form-submit").click();
    await page.waitForURL((url) => url.pathname.startsWith("/penjual/produk/") && !url.pathname.endsWith("/baru"), { timeout: 30_000 });
    // The product's edit page: saved as a draft, under the search's name.
    await page.getByTestId("input-title").waitFor();
    expect(await page.getByTestId("input-title").inputValue()).toBe("Songket Benang Emas Sasak");
    expect(await page.getByTestId("input-status").inputValue()).toBe("draft");

    // /peluang offers the same draft beside the search.
    await page.goto(new URL("/peluang", draftUrl).toString());
    const offered = page.getByTestId("opportunity-draft").and(page.locator(`[aria-label*="${QUERY}"]`)).first();
    expect(await offered.getAttribute("href")).toBe(`${draftUrl.pathname}${draftUrl.search}`);
    await context.close();
  });
});
