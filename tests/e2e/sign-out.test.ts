import type { Browser } from "playwright-core";
import { appUrl, launchBrowser, signedIn, VIEWPORTS } from "./browser";

jest.setTimeout(60_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const sessionCookie = async (context: Awaited<ReturnType<typeof signedIn>>["context"]) =>
  (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));

describe("signing out from the header", () => {
  it("ends the session and returns to the public home", async () => {
    const { context, page } = await signedIn(browser, "penjual@pasarumk.test", VIEWPORTS.phone, "/penjual");
    expect(await sessionCookie(context)).toBeDefined();
    await page.getByRole("button", { name: "Keluar" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.getByRole("link", { name: "Masuk" }).first().waitFor();
    expect(await sessionCookie(context)).toBeUndefined();
    // The account page now asks for a sign-in again.
    await page.goto(appUrl("/akun"));
    expect(new URL(page.url()).pathname).toBe("/masuk");
    await context.close();
  });

  it("works without JavaScript through the sign-out page", async () => {
    const { context, page } = await signedIn(browser, "pembeli@pasarumk.test", VIEWPORTS.desktop, "/opd");
    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.desktop });
    await noScript.addCookies(await context.cookies());
    const plain = await noScript.newPage();
    await plain.goto(appUrl("/opd"));
    await plain.getByRole("button", { name: "Keluar" }).click();
    // Without the token the post is not trusted; our sign-out page asks once more, with the token.
    await plain.waitForURL((url) => url.pathname === "/keluar");
    await plain.getByTestId("sign-out").getByRole("button", { name: "Keluar" }).click();
    await plain.waitForURL((url) => url.pathname === "/");
    expect((await noScript.cookies()).find((c) => c.name.endsWith("next-auth.session-token"))).toBeUndefined();
    await noScript.close();
    await context.close();
  });
});
