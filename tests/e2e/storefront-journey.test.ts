import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import postgres from "postgres";
import sharp from "sharp";
import { testPassword, testStack } from "../setup/stack";
import { appUrl, fitsWidth, launchBrowser, screenshot, VIEWPORTS } from "./browser";

// A buyer opens a storefront link someone shared (a 360-px phone, not signed in), reads the proof, opens a
// product, signs in and adds it to the cart. And the QR poster the seller prints renders (poppler's pdftoppm).

jest.setTimeout(120_000);

let browser: Browser;
let slug: string;
let product: { id: string; title: string; min_order: number };

beforeAll(async () => {
  browser = await launchBrowser();
  const sql = postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });
  try {
    const [row] = await sql<{ slug: string; id: string; title: string; min_order: number }[]>`
      SELECT s.slug, p.id, p.title, p.min_order FROM storefronts s
        JOIN businesses b ON b.id = s.business_id JOIN products p ON p.business_id = b.id
       WHERE b.verification_status = 'verified' AND b.is_umk AND p.status = 'active' AND p.stock >= p.min_order * 3
       ORDER BY (SELECT count(*) FROM orders o WHERE o.business_id = b.id AND o.status IN ('received', 'invoiced', 'paid', 'closed')) DESC, p.created_at DESC, p.id
       LIMIT 1`;
    slug = row!.slug;
    product = row!;
  } finally {
    await sql.end({ timeout: 1 });
  }
});
afterAll(async () => {
  await browser?.close();
});

describe("a shared storefront link on a phone", () => {
  it("shows the proof and the products, and a buyer adds one to the cart", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    const response = await page.goto(appUrl(`/toko/${slug}`));
    expect(response?.status()).toBe(200);
    await page.getByTestId("storefront-proof").waitFor();
    expect(Number((await page.getByTestId("proof-orders-completed").innerText()).replace(/\./g, ""))).toBeGreaterThan(0);
    expect(await page.getByTestId("share-whatsapp").getAttribute("href")).toContain(encodeURIComponent(`/toko/${slug}`));
    // With JavaScript the share control is a button (share sheet or copy), not the plain link it starts as.
    expect(await page.getByTestId("share-button").evaluate((el) => el.tagName)).toBe("BUTTON");
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "storefront-phone");

    await page.locator(`[data-testid="search-result"] a[href="/produk/${product.id}"]`).click();
    await page.getByTestId("product-page").waitFor();
    await page.getByTestId("add-to-cart-sign-in").getByRole("link").click();
    await page.locator('input[name="email"]').fill("pembeli@pasarumk.test");
    await page.locator('input[name="password"]').fill(testPassword());
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === `/produk/${product.id}`, { timeout: 30_000 });
    await page.getByTestId("add-to-cart-quantity").fill(String(product.min_order));
    await page.getByTestId("add-to-cart-submit").click();
    await page.getByTestId("add-to-cart-done").waitFor({ timeout: 30_000 });
    expect(await fitsWidth(page)).toBe(true);

    await page.goto(appUrl("/keranjang"));
    await page.locator(`[data-testid="cart-line"][data-product-id="${product.id}"]`).waitFor();
    expect(await page.locator(`[data-testid="cart-line"][data-product-id="${product.id}"]`).innerText()).toContain(product.title);
    await context.close();
  });

  it("without JavaScript the share control is a plain link to the storefront", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(appUrl(`/toko/${slug}`));
    const share = page.getByTestId("share-button");
    expect(await share.evaluate((el) => el.tagName)).toBe("A");
    expect(await share.getAttribute("href")).toBe(`${testStack().appUrl}/toko/${slug}`);
    await context.close();
  });
});

describe("the QR poster", () => {
  it.each(["a5", "a4"])("renders as one page through pdftoppm (%s)", async (size) => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(appUrl(`/toko/${slug}`));
    const href = (await page.getByTestId(`poster-${size}`).getAttribute("href"))!;
    const response = await context.request.get(appUrl(href));
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const dir = mkdtempSync(path.join(tmpdir(), "poster-"));
    writeFileSync(path.join(dir, "poster.pdf"), await response.body());
    execFileSync("pdftoppm", ["-r", "36", "-png", path.join(dir, "poster.pdf"), path.join(dir, "page")]);
    const pages = readdirSync(dir).filter((f) => f.endsWith(".png"));
    expect(pages).toHaveLength(1);
    const image = sharp(path.join(dir, pages[0]!));
    const { width, height } = await image.metadata();
    // A5 is 148 × 210 mm, A4 210 × 297 mm: at 36 dpi about 210 × 298 and 298 × 421 pixels.
    expect([width, height]).toEqual(size === "a5" ? [210, 298] : [298, 421]);
    const { channels } = await image.stats();
    expect(channels[0]!.min).toBeLessThan(40); // the QR code's black modules are there
    await context.close();
  });
});
