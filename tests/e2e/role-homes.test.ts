import type { Browser } from "playwright-core";
import { testPassword } from "../setup/stack";
import { appUrl, fitsWidth, launchBrowser, screenshot, VIEWPORTS, type ViewportName } from "./browser";

jest.setTimeout(60_000);

const ACCOUNTS = [
  { email: "admin@pasarumk.test", home: "/admin", testId: "home-admin" },
  { email: "auditor@pasarumk.test", home: "/audit", testId: "home-auditor" },
  { email: "ppk@pasarumk.test", home: "/opd", testId: "home-approver" },
  { email: "bendahara@pasarumk.test", home: "/opd", testId: "home-treasurer" },
  { email: "pembeli@pasarumk.test", home: "/opd", testId: "home-buyer" },
  { email: "penjual@pasarumk.test", home: "/penjual", testId: "home-seller" },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.keys(VIEWPORTS) as ViewportName[])("at %s width", (viewport) => {
  it("shows the public catalog home with products", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS[viewport] });
    await page.goto(appUrl("/"));
    await page.getByTestId("home-public").waitFor();
    expect(await page.getByTestId("product-card").count()).toBeGreaterThan(5);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, `public-${viewport}`);
    await page.close();
  });

  it.each(ACCOUNTS)("$email signs in and lands on its home", async ({ email, home, testId }) => {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport] });
    const page = await context.newPage();
    await page.goto(appUrl("/masuk"));
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(testPassword());
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === home, { timeout: 30_000 });
    await page.getByTestId(testId).waitFor();
    expect(await page.getByTestId("home-title").textContent()).toBeTruthy();
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, `${email.split("@")[0]}-${viewport}`);
    await context.close();
  });

  it("keeps a wrong password out and says why", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport] });
    const page = await context.newPage();
    await page.goto(appUrl("/masuk"));
    await page.locator('input[name="email"]').fill("pembeli@pasarumk.test");
    await page.locator('input[name="password"]').fill("bukan-sandinya");
    await page.locator('button[type="submit"]').click();
    await page.getByTestId("sign-in-error").filter({ hasText: /\S/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/masuk");
    await page.goto(appUrl("/opd"));
    await page.waitForURL((url) => url.pathname === "/masuk");
    await context.close();
  });
});
