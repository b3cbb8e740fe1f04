import type { Browser } from "playwright-core";
import { appUrl, fitsWidth, launchBrowser, screenshot, signedIn, VIEWPORTS } from "./browser";

// Fair exposure and Etalase (issue 13) as people meet them: the seller's funnel, listing hints and unmet demand on
// a 360-px phone; a visitor reaching the Etalase from the home page and the exposure shares on /transparansi; the
// admin curating a new Etalase until the public sees it.

jest.setTimeout(180_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("fair exposure and Etalase", () => {
  it("the seller sees the funnel, listing hints that lead to the fix, and what buyers searched (360 px)", async () => {
    const { context, page } = await signedIn(browser, "penjual@pasarumk.test", VIEWPORTS.phone, "/penjual");
    try {
      const funnel = page.getByTestId("seller-funnel").first();
      await funnel.waitFor();
      await funnel.locator('svg[role="img"]').waitFor();
      expect(Number((await funnel.getByTestId("funnel-impressions").textContent())!.replace(/\D/g, ""))).toBeGreaterThan(0);
      const quality = page.getByTestId("listing-quality").first();
      expect(Number(await quality.getAttribute("data-score"))).toBeGreaterThanOrEqual(0);
      const photosHint = page.locator('[data-testid="listing-hint"]:is([data-code="NO_PHOTOS"], [data-code="FEW_PHOTOS"])').first();
      // A demo product has at most its one category illustration: a photo hint is there.
      await expect(photosHint.count()).resolves.toBe(1);
      await expect(page.getByTestId("seller-demand-query").count()).resolves.toBeGreaterThan(0);
      expect(await fitsWidth(page)).toBe(true);
      await screenshot(page, "exposure-seller-phone");
      await photosHint.getByRole("link").click();
      await page.waitForURL(/\/penjual\/produk\/[0-9a-f-]+#photos$/);
      await page.getByTestId("product-edit").waitFor();
    } finally {
      await context.close();
    }
  });

  it("a visitor follows the home page's Etalase to its rubric, and reads the exposure shares (360 px)", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    try {
      await page.goto(appUrl("/"));
      await page.getByTestId("home-showcase").waitFor();
      await expect(page.getByTestId("home-showcase").getByTestId("showcase-member").count()).resolves.toBeGreaterThan(0);
      await page.getByTestId("home-showcase").locator('a[href^="/etalase/"]').first().click();
      await page.waitForURL(/\/etalase\/[a-z0-9-]+$/);
      expect((await page.getByTestId("showcase-rubric").textContent())!.length).toBeGreaterThan(20);
      expect(await fitsWidth(page)).toBe(true);
      await screenshot(page, "exposure-showcase-phone");

      await page.goto(appUrl("/transparansi"));
      const shares = page.getByTestId("exposure-shares");
      await shares.waitFor();
      await expect(shares.locator('svg[role="img"]').count()).resolves.toBe(2);
      await expect(page.getByTestId("exposure-by-scale").locator("[data-scroll-table] tbody tr").count()).resolves.toBe(4);
      expect(await fitsWidth(page)).toBe(true);
      await screenshot(page, "exposure-transparency-phone");
    } finally {
      await context.close();
    }
  });

  it("the admin creates an Etalase, adds a business and publishes it; the public then lists it", async () => {
    const { context, page } = await signedIn(browser, "admin@pasarumk.test", VIEWPORTS.desktop, "/admin/etalase");
    const slug = `uji-e2e-${Date.now()}`;
    try {
      const form = page.getByTestId("showcase-create");
      await form.locator('input[name="title"]').fill("Etalase Uji E2E");
      await form.locator('input[name="slug"]').fill(slug);
      await form.locator('input[name="theme"]').fill("Kopi lokal untuk rapat");
      await form.locator('textarea[name="rubric"]').fill("Usaha mikro kopi terverifikasi dengan pesanan OPD yang diterima lengkap.");
      await form.locator('button[type="submit"]').click();
      const mine = page.locator(`[data-testid="admin-showcase"][data-slug="${slug}"]`);
      await mine.waitFor();
      await mine.getByTestId("showcase-add-member").locator('button[type="submit"]').click();
      await page.locator(`[data-testid="admin-showcase"][data-slug="${slug}"] [data-testid="showcase-lift"] tbody tr`).first().waitFor();
      await page.locator(`[data-testid="admin-showcase"][data-slug="${slug}"]`).getByTestId("showcase-publish").click();
      await page.locator(`[data-testid="admin-showcase"][data-slug="${slug}"] [data-testid="showcase-publish"]`).waitFor({ state: "detached" });
      await screenshot(page, "exposure-admin-desktop");

      await page.goto(appUrl("/etalase"));
      await page.locator(`a[href="/etalase/${slug}"]`).waitFor();
    } finally {
      await context.close();
    }
  });
});
