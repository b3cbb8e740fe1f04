import type { Browser } from "playwright-core";
import { fitsWidth, launchBrowser, signedIn, VIEWPORTS } from "./browser";

// The compliance summary's target column: an office that bought nothing this year reads "Belum ada belanja"
// in grey, not in the red of a missed target. The seed leaves some OPDs without spending.

jest.setTimeout(60_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type TargetCell = { status: string | null; text: string; colour: string; background: string };

/** Chroma of a computed colour as Chromium reports Tailwind's colours: lab(L a b) → √(a² + b²). */
const labChroma = (colour: string) => {
  const lab = /^lab\(\s*[\d.]+\s+(-?[\d.]+)\s+(-?[\d.]+)/.exec(colour);
  if (!lab) throw new Error(`expected a lab() colour, got ${colour}`);
  return Math.hypot(Number(lab[1]), Number(lab[2]));
};

describe("compliance summary target column", () => {
  it("shows an office with no spending neutrally, and a missed target apart from it", async () => {
    const { context, page } = await signedIn(browser, "auditor@pasarumk.test", VIEWPORTS.desktop, "/audit/kepatuhan");
    const cells = await page.locator('[data-testid="opd-target"]').evaluateAll((spans) =>
      spans.map((span): TargetCell => {
        const badge = getComputedStyle(span.firstElementChild!);
        return { status: span.getAttribute("data-target-status"), text: span.textContent ?? "", colour: badge.color, background: badge.backgroundColor };
      }),
    );
    const noSpending = cells.filter((c) => c.status === "no_spending");
    expect(noSpending.length).toBeGreaterThan(0);
    for (const cell of noSpending) {
      expect(cell.text).toBe("Belum ada belanja");
      // Slate-800 text (chroma ≈ 15) reads grey; red-800 (≈ 69) is the missed target's colour.
      expect(labChroma(cell.colour)).toBeLessThan(25);
    }
    const missed = cells.filter((c) => c.status === "missed");
    for (const cell of missed) {
      expect(cell.text).toMatch(/^Belum tercapai/);
      expect(labChroma(cell.colour)).toBeGreaterThan(40);
      expect(noSpending.some((n) => n.colour === cell.colour || n.background === cell.background)).toBe(false);
    }
    await context.close();
  });

  it("draws the UMK share per OPD as an accessible SVG with the numbers in a table, within a 360 px phone", async () => {
    const { context, page } = await signedIn(browser, "auditor@pasarumk.test", VIEWPORTS.phone, "/audit/kepatuhan");
    const chart = page.getByTestId("compliance-umk-chart");
    const svg = chart.locator('svg[role="img"]');
    await expect(svg.getAttribute("aria-label")).resolves.toMatch(/40/);
    const offices = await page.locator('[data-testid="opd-target"]').count();
    expect(await svg.locator("rect").count()).toBe(offices);
    expect(await chart.locator("table tbody tr").count()).toBe(offices);
    expect(await fitsWidth(page)).toBe(true);
    await context.close();
  });
});
