import type { Browser, Page } from "playwright-core";
import { appUrl, launchBrowser, VIEWPORTS, signedIn } from "./browser";

// Issue 11.12: choosing a justification reason re-checks the cart while the clerk goes on typing. The answer
// of that re-check must not wipe what was typed meanwhile. The re-check's request is held at the network until
// the typing is done, so the race the clerk meets on a slow connection happens every run.

jest.setTimeout(180_000);

const BUYER = "pembeli@pasarumk.test";

type Hit = { id: string; business: { isUmk: boolean } };
type ProductDetail = { id: string; minOrder: number; stock: number; priceIdr: number };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const json = async <T>(page: Page, path: string): Promise<T> => {
  const response = await page.request.get(appUrl(path));
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
};

const emptyCart = async (page: Page) => {
  await page.goto(appUrl("/keranjang"));
  while ((await page.getByTestId("cart-remove").count()) > 0) {
    const before = await page.getByTestId("cart-remove").count();
    await page.getByTestId("cart-remove").first().click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="cart-remove"]').length < n, before);
  }
};

/** A non-UMK product in stock and cheap enough for a demo budget line: the cart then needs a justification. */
const nonUmkProduct = async (page: Page) => {
  const { hits } = await json<{ hits: Hit[] }>(page, "/api/v1/products?isUmk=false&perPage=20");
  for (const hit of hits.filter((h) => !h.business.isUmk)) {
    const detail = await json<ProductDetail>(page, `/api/v1/products/${hit.id}`);
    // One more than the minimum must be in stock and affordable: the test changes the quantity once.
    if (detail.stock >= detail.minOrder + 1 && detail.priceIdr * (detail.minOrder + 1) <= 5_000_000) return detail;
  }
  throw new Error("no suitable non-UMK product found");
};

describe("checkout: typing during a compliance re-check", () => {
  it("keeps the justification text and purpose typed while the re-check for a chosen reason runs", async () => {
    const { context, page } = await signedIn(browser, BUYER, VIEWPORTS.phone, "/keranjang");
    await emptyCart(page);
    const product = await nonUmkProduct(page);
    await page.goto(appUrl(`/produk/${product.id}`));
    await page.getByTestId("add-to-cart-quantity").fill(String(product.minOrder));
    await page.getByTestId("add-to-cart-submit").click();
    await page.getByTestId("add-to-cart-done").waitFor({ timeout: 30_000 });

    await page.goto(appUrl("/keranjang"));
    const block = page.locator('[data-testid="compliance-finding"][data-rule="UMK_ONLY"][data-severity="block"]');
    await block.waitFor();
    await page.getByTestId("justification").waitFor();
    // The buyer reads the rule's name, never its internal code (that is an auditor's detail).
    expect(await block.getByTestId("finding-rule-name").textContent()).toBe("Hanya dari UMK");
    expect(await page.getByTestId("compliance-preview").innerText()).not.toMatch(/[A-Z]{2,}_[A-Z]+/);

    // Hold the re-check (the server action posts to this page) until the typing below is done.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === "/keranjang",
      async (route) => {
        if (route.request().method() === "POST") await held;
        await route.continue();
      },
    );

    const reason = "Motif khusus yang hanya dibuat penyedia ini; tidak ada UMK di NTB yang memproduksinya.";
    const purpose = "Cendera mata untuk tamu Festival Bau Nyale";
    await page.getByTestId("checkout-justification-code").selectOption("technical_spec");
    await page.locator('[data-testid="checkout-form"][aria-busy="true"]').waitFor();
    await page.getByTestId("checkout-justification-text").pressSequentially(reason);
    await page.getByTestId("checkout-purpose").pressSequentially(purpose);
    release();

    // The re-check answers: UMK_ONLY is now the approver's call, and nothing typed was lost.
    await page.locator('[data-testid="compliance-finding"][data-rule="UMK_ONLY"][data-severity="justify"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="checkout-form"][aria-busy="false"]').waitFor();
    expect(await page.getByTestId("checkout-justification-code").inputValue()).toBe("technical_spec");
    expect(await page.getByTestId("checkout-justification-text").inputValue()).toBe(reason);
    expect(await page.getByTestId("checkout-purpose").inputValue()).toBe(purpose);

    // Moving on to the purpose left the text (blur), which queued a second re-check; once all are answered,
    // the typed text still stands.
    await page.unroute((url) => url.pathname === "/keranjang");
    await page.locator('[data-testid="checkout-form"][aria-busy="false"]').waitFor();
    expect(await page.getByTestId("checkout-justification-text").inputValue()).toBe(reason);

    // Changing a quantity is a separate form that reloads the cart and re-mounts the checkout: what was typed,
    // the reason included, comes back from this tab's draft and is re-checked with it.
    const totalBefore = await page.getByTestId("cart-total").textContent();
    await page.getByTestId("cart-quantity").fill(String(product.minOrder + 1));
    await page.getByTestId("cart-update").click();
    await page.waitForFunction((before) => document.querySelector('[data-testid="cart-total"]')?.textContent !== before, totalBefore, { timeout: 30_000 });
    await page.locator('[data-testid="compliance-finding"][data-rule="UMK_ONLY"][data-severity="justify"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("checkout-justification-code").inputValue()).toBe("technical_spec");
    expect(await page.getByTestId("checkout-justification-text").inputValue()).toBe(reason);
    expect(await page.getByTestId("checkout-purpose").inputValue()).toBe(purpose);

    await emptyCart(page);
    await context.close();
  });
});
