import type { Browser, Page } from "playwright-core";
import { appUrl, fitsWidth, launchBrowser, screenshot, signedIn, VIEWPORTS } from "./browser";

// The header on a 360-px phone: every link of the main navigation is on screen and whole (the list wraps
// instead of scrolling in a strip cut mid-word), reachable with Tab and followed with Enter; and
// "Jual di Pasar UMK" is offered to whoever has no business yet.

jest.setTimeout(90_000);

const phone = VIEWPORTS.phone;

const ACCOUNTS = [
  { who: "visitor", email: null, home: "/" },
  { who: "seller", email: "penjual@pasarumk.test", home: "/penjual" },
  { who: "buyer", email: "pembeli@pasarumk.test", home: "/opd" },
  { who: "approver", email: "ppk@pasarumk.test", home: "/opd" },
  { who: "treasurer", email: "bendahara@pasarumk.test", home: "/opd" },
  { who: "auditor", email: "auditor@pasarumk.test", home: "/audit" },
  { who: "admin", email: "admin@pasarumk.test", home: "/admin" },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A freshly loaded page (not the client-side hop from the sign-in form), so Tab starts at the top. */
const openAs = async (email: string | null, home: string) => {
  const { context, page } = email ? await signedIn(browser, email, phone, home) : { context: await browser.newContext({ viewport: phone }), page: null };
  const fresh = page ?? (await context.newPage());
  await fresh.goto(appUrl(home));
  return { context, page: fresh };
};

type LinkBox = { href: string; left: number; right: number; clipped: boolean };

/** Each main-navigation link's horizontal extent, and whether its own text overflows it. */
const navLinkBoxes = (page: Page) =>
  page.getByTestId("main-nav").locator("a").evaluateAll((links) =>
    links.map((a): LinkBox => {
      const box = a.getBoundingClientRect();
      return { href: a.getAttribute("href") ?? "", left: box.left, right: box.right, clipped: a.scrollWidth > a.clientWidth };
    }),
  );

describe("main navigation at 360 px", () => {
  it.each(ACCOUNTS)("$who: every link is on screen, whole, and reachable with the keyboard", async ({ who, email, home }) => {
    const { context, page } = await openAs(email, home);
    const list = page.getByTestId("main-nav");
    expect(await list.evaluate((ul) => ul.scrollWidth <= ul.clientWidth)).toBe(true);
    const boxes = await navLinkBoxes(page);
    expect(boxes.length).toBeGreaterThanOrEqual(1);
    for (const box of boxes) {
      expect({ href: box.href, onScreen: box.left >= 0 && box.right <= phone.width, clipped: box.clipped }).toEqual({ href: box.href, onScreen: true, clipped: false });
    }
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, `nav-${who}-phone`);

    // Tab from the top of the page: every navigation link takes the focus, in order, and stays on screen.
    const reached: string[] = [];
    for (let i = 0; i < 40 && reached.length < boxes.length; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el?.closest('[data-testid="main-nav"]')) return null;
        const box = el.getBoundingClientRect();
        return { href: el.getAttribute("href") ?? "", onScreen: box.left >= 0 && box.right <= window.innerWidth };
      });
      if (focused) {
        expect(focused.onScreen).toBe(true);
        reached.push(focused.href);
      }
    }
    expect(reached).toEqual(boxes.map((b) => b.href));

    // Enter follows the focused link.
    const last = reached.at(-1)!;
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === last, { timeout: 30_000 });
    await context.close();
  });
});

describe("'Jual di Pasar UMK'", () => {
  it("a visitor finds it on the home page and in the header, and it leads to sign-up", async () => {
    const { context, page } = await openAs(null, "/");
    expect(await page.getByTestId("header-sell").getAttribute("href")).toBe("/daftar");
    expect(await page.getByTestId("header-sell").isVisible()).toBe(true);
    expect(await page.getByTestId("home-sell-link").textContent()).toBe("Jual di Pasar UMK");
    await page.getByTestId("home-sell-link").click();
    await page.waitForURL((url) => url.pathname === "/daftar");
    await page.getByTestId("sign-up-form").waitFor();
    await context.close();
  });

  it("a signed-in ASN with no business is led to the business registration", async () => {
    const { context, page } = await openAs("pembeli@pasarumk.test", "/opd");
    await page.getByTestId("header-sell").click();
    await page.waitForURL((url) => url.pathname === "/daftar-usaha");
    await page.getByTestId("wizard").waitFor();
    await context.close();
  });

  it("is not offered to a seller, who already has a business", async () => {
    const { context, page } = await openAs("penjual@pasarumk.test", "/penjual");
    await page.goto(appUrl("/"));
    await page.getByTestId("home-public").waitFor();
    expect(await page.getByTestId("header-sell").count()).toBe(0);
    expect(await page.getByTestId("home-sell").count()).toBe(0);
    await context.close();
  });
});
