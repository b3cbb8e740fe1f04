import type { Browser } from "playwright-core";
import { testPassword } from "../setup/stack";
import { appUrl, fitsWidth, launchBrowser, screenshot, signedIn, VIEWPORTS, type ViewportName } from "./browser";

jest.setTimeout(60_000);

const ACCOUNTS = [
  { email: "admin@pasarumk.test", home: "/admin", testId: "home-admin" },
  { email: "auditor@pasarumk.test", home: "/audit", testId: "home-auditor" },
  // The PPK lands on the requests awaiting their decision, the treasurer on the orders awaiting payment.
  { email: "ppk@pasarumk.test", home: "/persetujuan", testId: "approver-inbox" },
  { email: "bendahara@pasarumk.test", home: "/bendahara", testId: "treasury-queue" },
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

  it("the PPK's heading and header link count the requests awaiting their decision", async () => {
    const { context, page } = await signedIn(browser, "ppk@pasarumk.test", VIEWPORTS[viewport], "/persetujuan");
    const heading = Number(await page.getByTestId("home-waiting").getAttribute("data-count"));
    expect(await page.getByTestId("nav-waiting-approvals").getAttribute("data-count")).toBe(String(heading));
    // Their own requests are listed but do not wait for them: no one approves their own request.
    expect(await page.locator('[data-testid="inbox-item"][data-can-approve="true"]').count()).toBe(heading);
    expect(await page.getByTestId("home-title").textContent()).toContain(`(${heading})`);
    // The rules each request broke are named in words, not by their internal codes.
    for (const name of await page.getByTestId("inbox-rule").allInnerTexts()) expect(name).not.toMatch(/[A-Z]{2,}_[A-Z]+/);
    // The logo is "home": for a signed-in PPK that is this inbox again.
    await page.getByTestId("home-link").click();
    await page.waitForURL((url) => url.pathname === "/persetujuan", { timeout: 30_000 });
    await context.close();
  });

  it("the treasurer's heading and header link count the orders awaiting payment", async () => {
    const { context, page } = await signedIn(browser, "bendahara@pasarumk.test", VIEWPORTS[viewport], "/bendahara");
    const heading = Number(await page.getByTestId("home-waiting").getAttribute("data-count"));
    expect(await page.getByTestId("nav-waiting-treasury").getAttribute("data-count")).toBe(String(heading));
    // One office: the list below is that office's whole queue.
    if ((await page.getByTestId("treasury-opd-form").count()) === 0) expect(await page.getByTestId("treasury-row").count()).toBe(heading);
    expect(await page.getByTestId("home-title").textContent()).toContain(`(${heading})`);
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

describe("rule names and codes on a request", () => {
  it("the PPK reads the rule's name; the auditor also sees its code as a detail", async () => {
    const ppk = await signedIn(browser, "ppk@pasarumk.test", VIEWPORTS.desktop, "/persetujuan");
    // A seeded request of the office that is waiting with a UMK_ONLY justification.
    const item = ppk.page.locator('[data-testid="inbox-item"]', { has: ppk.page.locator('[data-testid="inbox-rule"][data-rule="UMK_ONLY"]') }).first();
    await item.waitFor();
    expect(await item.locator('[data-testid="inbox-rule"][data-rule="UMK_ONLY"]').textContent()).toBe("Hanya dari UMK");
    const requestId = (await item.getAttribute("data-request-id"))!;
    await ppk.page.goto(appUrl(`/permintaan/${requestId}`));
    const finding = ppk.page.locator('[data-testid="stored-decision"] [data-testid="compliance-finding"][data-rule="UMK_ONLY"]');
    await finding.waitFor();
    expect(await finding.getByTestId("finding-rule-name").textContent()).toBe("Hanya dari UMK");
    expect(await finding.getByTestId("finding-rule-code").count()).toBe(0);
    expect(await ppk.page.getByTestId("stored-decision").innerText()).not.toContain("UMK_ONLY");
    await ppk.context.close();

    const auditor = await signedIn(browser, "auditor@pasarumk.test", VIEWPORTS.desktop, `/permintaan/${requestId}`);
    const audited = auditor.page.locator('[data-testid="stored-decision"] [data-testid="compliance-finding"][data-rule="UMK_ONLY"]');
    await audited.waitFor();
    expect(await audited.getByTestId("finding-rule-name").textContent()).toBe("Hanya dari UMK");
    expect(await audited.getByTestId("finding-rule-code").textContent()).toContain("UMK_ONLY");
    await auditor.context.close();
  });
});
