import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { testPassword, testStack } from "../setup/stack";

export const SCREENSHOT_DIR = path.join(process.cwd(), "tests", "e2e", "screenshots");

export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } } as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** Debian's Chromium, headless, with the flags this closed network needs (no background fetches). */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
  });

export const appUrl = (pathname = "/") => new URL(pathname, testStack().appUrl).toString();

export const screenshot = async (page: Page, name: string) => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
};

/** True when the page fits the viewport width (no sideways scrolling on a 360-px phone). */
export const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

/** A fresh context signed in through the real sign-in form, landing on `path`. */
export const signedIn = async (
  browser: Browser,
  email: string,
  viewport: { width: number; height: number },
  path: string,
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(appUrl(`/masuk?callbackUrl=${encodeURIComponent(path)}`));
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(testPassword());
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === path.split("?")[0], { timeout: 30_000 });
  return { context, page };
};
