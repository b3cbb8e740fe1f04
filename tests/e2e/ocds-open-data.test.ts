import type { Browser } from "playwright-core";
import { appUrl, fitsWidth, launchBrowser, screenshot, VIEWPORTS } from "./browser";

// A visitor finds the open-data publication policy on /transparansi (what OCDS publishes and what it does not)
// and downloads the year's release and record packages from it, without signing in, on a phone.

jest.setTimeout(120_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("open data on /transparansi", () => {
  it("states the publication policy the packages link to and offers both downloads (360 px)", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(appUrl("/transparansi#data-terbuka"));
    const section = page.locator("#data-terbuka");
    await section.waitFor();
    expect(await section.getByRole("heading", { level: 2 }).innerText()).toBe("Data terbuka (OCDS)");
    expect(await section.innerText()).toMatch(/CC BY 4\.0/);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "ocds-open-data-phone");

    const hrefs = await section.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toHaveLength(2);
    for (const href of hrefs) {
      const response = await context.request.get(appUrl(href!));
      expect(response.status()).toBe(200);
      expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="ocds-pasar-umk-\d{4}(-records)?\.json"$/);
      const body = (await response.json()) as { publicationPolicy: string; releases?: unknown[]; records?: unknown[] };
      // The package names this very section as its publication policy.
      expect(new URL(body.publicationPolicy).pathname + new URL(body.publicationPolicy).hash).toBe("/transparansi#data-terbuka");
      expect((body.releases ?? body.records ?? []).length).toBeGreaterThan(0);
    }
    await context.close();
  });
});
