import postgres from "postgres";
import type { Browser } from "playwright-core";
import { testPassword, testStack } from "../setup/stack";
import { appUrl, launchBrowser, VIEWPORTS } from "./browser";
import { watchSecurityHeaderProblems } from "./csp-watch";

// Pages under the production CSP in real Chromium: they render, hydrate (client navigation, instant search,
// the JavaScript sign-in) and print, and the browser reports no violation and no header it cannot parse.

jest.setTimeout(90_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const buyerOrderId = async () => {
  const sql = postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });
  try {
    const [row] = await sql`
      SELECT o.id FROM orders o JOIN memberships m ON m.opd_id = o.opd_id JOIN users u ON u.id = m.user_id
      WHERE u.email = 'pembeli@pasarumk.test' AND m.role = 'buyer' ORDER BY o.placed_at LIMIT 1`;
    return row!.id as string;
  } finally {
    await sql.end();
  }
};

describe("pages under the Content-Security-Policy", () => {
  it("the public pages render and hydrate: a client-side navigation and instant search work, with no violation", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    const problems = await watchSecurityHeaderProblems(page);
    const response = await page.goto(appUrl("/"));
    expect(response!.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    await page.getByTestId("home-public").waitFor();

    // A marker on window survives only a client-side navigation, which only a hydrated Next router makes.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await page.getByTestId("product-card").first().getByRole("link").first().click();
    await page.getByTestId("product-page").waitFor();
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    await page.goto(appUrl("/katalog"));
    await page.getByTestId("search-input").pressSequentially("songkit", { delay: 30 });
    await page.waitForURL(/q=songkit/);
    await page.getByTestId("search-total").filter({ hasText: "songkit" }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("signing in with JavaScript and a printed Surat Pesanan work, and the print sheet hides the site chrome", async () => {
    const orderId = await buyerOrderId();
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const problems = await watchSecurityHeaderProblems(page);
    await page.goto(appUrl("/masuk?callbackUrl=%2Fopd"));
    await page.locator('input[name="email"]').fill("pembeli@pasarumk.test");
    await page.locator('input[name="password"]').fill(testPassword());
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === "/opd", { timeout: 30_000 });
    await page.getByTestId("home-buyer").waitFor();

    await page.goto(appUrl(`/pesanan/${orderId}/surat-pesanan`));
    await page.getByTestId("surat-pesanan").waitFor();
    const chromeDisplay = () => page.evaluate(() => getComputedStyle(document.querySelector("body > header")!).display);
    expect(await chromeDisplay()).not.toBe("none");
    await page.emulateMedia({ media: "print" });
    expect(await chromeDisplay()).toBe("none");
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("[data-print-hidden]")!).display)).toBe("none");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("a refused inline script is reported, so the checks above can fail", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    const problems = await watchSecurityHeaderProblems(page);
    await page.goto(appUrl("/"));
    await page.getByTestId("home-public").waitFor();
    // Markup injected without the nonce, as an XSS would be: the browser must refuse to run its handler.
    const refused = page.waitForEvent("console", (message) => /Content Security Policy/.test(message.text()));
    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", '<img src="/x" onerror="document.title = \'pwned\'">');
    });
    await refused;
    expect(problems.some((p) => /script-src/.test(p))).toBe(true);
    expect(await page.title()).not.toBe("pwned");
    await page.close();
  });
});
