import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { appUrl, fitsWidth, launchBrowser, screenshot, signedIn, VIEWPORTS } from "./browser";
import { pdfPageTexts } from "../unit/helpers/pdf-text";

// The charts of issue 15 at 360 px, as a phone user and a keyboard user meet them: each is an SVG image with a
// label and text labels inside, within the screen width, and its table alternative opens from the keyboard alone.

jest.setTimeout(120_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES: ReadonlyArray<{ email: string | null; path: string; charts: string[] }> = [
  { email: "auditor@pasarumk.test", path: "/audit", charts: ["compliance-umk-chart", "monthly-umk-chart", "category-spend-chart", "kabupaten-spend-chart"] },
  { email: "auditor@pasarumk.test", path: "/audit/kepatuhan", charts: ["compliance-umk-chart", "monthly-umk-chart", "kabupaten-spend-chart", "event-share-chart"] },
  { email: "auditor@pasarumk.test", path: "/audit/pembayaran", charts: ["payment-age-paid-chart"] },
  { email: "bendahara@pasarumk.test", path: "/bendahara", charts: ["payment-age-open-chart"] },
  { email: null, path: "/transparansi", charts: ["payment-age-paid-chart"] },
];

/** Tabs from the top of the page until `selector` has focus; false if it never does within `limit` presses. */
const tabTo = async (page: Page, selector: string, limit = 250) => {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
};

describe("charts at 360 px", () => {
  it.each(PAGES)("$path: every chart is a labelled SVG with text, and its table opens from the keyboard", async ({ email, path: pagePath, charts }) => {
    const { context, page } = email
      ? await signedIn(browser, email, VIEWPORTS.phone, pagePath)
      : await (async () => {
          const context = await browser.newContext({ viewport: VIEWPORTS.phone });
          const page = await context.newPage();
          await page.goto(appUrl(pagePath));
          return { context, page };
        })();
    for (const id of charts) {
      const chart = page.getByTestId(id);
      await expect(chart.count()).resolves.toBe(1);
      const svg = chart.locator('svg[role="img"]');
      const label = await svg.getAttribute("aria-label");
      expect(label?.trim().length).toBeGreaterThan(3);
      await expect(svg.locator("title").textContent()).resolves.toBe(label);
      const texts = (await svg.locator("text").allTextContents()).filter((t) => t.trim() !== "");
      expect(texts.length).toBeGreaterThan(0);
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.x + box!.width).toBeLessThanOrEqual(VIEWPORTS.phone.width);
      // The table alternative: reached with Tab, opened with Enter, rows as many as the chart's bars or columns.
      const table = chart.locator("details table");
      expect(await table.isVisible()).toBe(false);
      expect(await tabTo(page, `[data-testid="${id}"] summary`)).toBe(true);
      await page.keyboard.press("Enter");
      await expect(table.isVisible()).resolves.toBe(true);
      expect(await table.locator("tbody tr").count()).toBe(await svg.locator("g").count());
    }
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, `charts-${pagePath.replaceAll("/", "_").slice(1)}-360`);
    await context.close();
  });

  it("the monthly chart names the months and marks the target", async () => {
    const { context, page } = await signedIn(browser, "auditor@pasarumk.test", VIEWPORTS.phone, "/audit/kepatuhan");
    const svg = page.getByTestId("monthly-umk-chart").locator("svg");
    await expect(svg.getAttribute("aria-label")).resolves.toMatch(/Porsi UMK per bulan \(40,0\s?%\)/);
    const labels = await svg.locator("text").allTextContents();
    expect(labels).toContain("Jan");
    expect(await svg.locator('line[stroke-dasharray]').count()).toBe(1);
    await context.close();
  });
});

describe("PDF audit report from /audit/kepatuhan", () => {
  it("downloads through the form, parses, and shows the chosen OPD", async () => {
    const { context, page } = await signedIn(browser, "auditor@pasarumk.test", VIEWPORTS.phone, "/audit/kepatuhan");
    const form = page.getByTestId("audit-report-form");
    const select = form.locator("select");
    const opdName = (await select.locator("option").first().textContent())!;
    const [download] = await Promise.all([page.waitForEvent("download"), form.getByTestId("audit-report-submit").click()]);
    const dir = mkdtempSync(path.join(os.tmpdir(), "pasar-report-"));
    try {
      const file = path.join(dir, download.suggestedFilename());
      expect(download.suggestedFilename()).toMatch(/^laporan-audit-\d{4}-[0-9a-f]{8}\.pdf$/);
      await download.saveAs(file);
      const { pages } = await pdfPageTexts(readFileSync(file));
      expect(pages.join("\n")).toContain(opdName);
      // Where poppler is installed, the pages also render as images (what a person would see).
      if (existsSync("/usr/bin/pdftoppm")) {
        execFileSync("/usr/bin/pdftoppm", ["-png", "-r", "40", file, path.join(dir, "page")]);
        expect(readdirSync(dir).filter((f) => f.endsWith(".png")).length).toBe(pages.length);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await context.close();
  });
});
