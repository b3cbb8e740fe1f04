import type { Browser } from "playwright-core";
import { formatIdrCompact } from "@/lib/domain/money/rupiah";
import { appUrl, fitsWidth, launchBrowser, screenshot, VIEWPORTS } from "./browser";

// A UMK owner, not signed in, on a 360-px phone: from the footer to the Kebutuhan rutin calendar; the chart
// and the table show the same figures as the public API.

jest.setTimeout(120_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Calendar = { year: number; categories: Array<{ name: string; expectedYearValueIdr: number; months: Array<{ expectedValueIdr: number | null }> }> };

describe("Kebutuhan rutin OPD", () => {
  it("a visitor opens the calendar from the footer and reads the API's figures in chart and table", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(appUrl("/katalog"));
    await page.getByTestId("footer-demand-calendar").click();
    await page.waitForURL((url) => url.pathname === "/kebutuhan-rutin");
    const calendar = (await (await page.request.get(appUrl("/api/v1/demand/calendar"))).json()) as Calendar;
    expect(calendar.categories.length).toBeGreaterThan(0);

    const chart = page.getByTestId("demand-calendar-chart");
    await chart.waitFor();
    expect(await chart.getAttribute("role")).toBe("img");
    expect(await chart.locator("g").count()).toBe(Math.min(12, calendar.categories.length));
    const first = calendar.categories[0]!;
    const row = page.getByRole("row").filter({ hasText: first.name }).first();
    await expect(row.textContent()).resolves.toContain(formatIdrCompact(first.expectedYearValueIdr));
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "demand-calendar-phone");
    await context.close();
  });
});
