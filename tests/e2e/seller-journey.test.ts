import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { testPassword } from "../setup/stack";
import { fakePdf, minimalPdf } from "../setup/upload-fixtures";
import { waitForMailLink } from "./mail";
import { appUrl, fitsWidth, launchBrowser, screenshot, VIEWPORTS } from "./browser";

// The whole seller journey on a 360-px phone: sign up → register a business through the wizard → list a
// product with a photo → the Diskop admin verifies → a visitor finds it with a typo and filters by kabupaten.

jest.setTimeout(180_000);

const run = `${Date.now()}`;
const SELLER = { name: "Inaq Sumiati", email: `sumiati${run}@uji.test`, password: "tenun-pringgasela-1" };
const NIB = `55${run.slice(-11)}`;
const TITLE = "Tenun Ikat Pringgasela Motif Keker";
const phone = VIEWPORTS.phone;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const waitForStep = (page: Page, step: string) => page.locator(`[data-testid="wizard"][data-step="${step}"]`).waitFor({ timeout: 30_000 });
const submit = (page: Page, formTestId = "wizard-form") => page.getByTestId(formTestId).getByTestId("form-submit").click();

const signIn = async (page: Page, email: string, password: string) => {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
};

let productUrl = "";

describe("seller journey on a 360-px phone", () => {
  it("a new seller signs up and registers a business through the wizard", async () => {
    const context = await browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await page.goto(appUrl("/daftar"));
    await page.getByTestId("input-name").fill(SELLER.name);
    await page.getByTestId("input-email").fill(SELLER.email);
    await page.getByTestId("input-password").fill("pendek");
    await submit(page, "sign-up-form");
    // The browser's own minlength check is not used on purpose: the server says it in Bahasa Indonesia.
    await page.getByTestId("error-password").waitFor();
    expect(await page.getByTestId("error-password").textContent()).toBe("Kata sandi minimal 10 karakter.");
    await page.getByTestId("input-password").fill(SELLER.password);
    await submit(page, "sign-up-form");
    // Signed in straight away, on to the wizard; the address still has to be confirmed before submitting.
    await page.waitForURL((url) => url.pathname === "/daftar-usaha", { timeout: 30_000 });
    await page.getByTestId("email-unverified").waitFor();

    await waitForStep(page, "identity");
    expect(await fitsWidth(page)).toBe(true);
    await page.getByTestId("input-legalName").fill("Tenun Ikat Sumiati");
    await page.getByTestId("input-nib").fill("12345");
    await page.getByTestId("input-kbli").fill("13912");
    await page.getByTestId("input-ownerName").fill(SELLER.name);
    await submit(page);
    await page.getByTestId("error-nib").waitFor();
    expect(await page.getByTestId("error-nib").textContent()).toBe("NIB harus tepat 13 angka.");
    await page.getByTestId("input-nib").fill(NIB);
    await submit(page);

    await waitForStep(page, "location");
    await page.getByTestId("input-regionId").selectOption({ label: "Lombok Timur" });
    await page.getByTestId("input-address").fill("Desa Pringgasela, Kecamatan Pringgasela, Lombok Timur");
    await submit(page);

    // Resumable: leaving and coming back lands on the saved step.
    await waitForStep(page, "finance");
    await page.goto(appUrl("/daftar-usaha"));
    await waitForStep(page, "finance");
    await page.getByTestId("input-capitalIdr").fill("25.000.000");
    await page.getByTestId("input-annualTurnoverIdr").fill("180000000");
    // The payout account is optional here, but all or nothing, and checked against the bank's length.
    await page.getByTestId("input-payoutBankCode").selectOption({ label: "BRI (15 angka)" });
    await page.getByTestId("input-payoutAccountNumber").fill("0123-01-000456");
    await submit(page);
    await page.getByTestId("error-payoutAccountName").waitFor();
    expect(await page.getByTestId("error-payoutAccountName").textContent()).toContain("Isi bank, nomor rekening, dan nama pemilik rekening sekaligus");
    await page.getByTestId("input-payoutAccountName").fill(SELLER.name);
    await submit(page);
    // The first refusal named the number too: wait for this answer (the holder's error gone) before typing again.
    await page.getByTestId("error-payoutAccountName").waitFor({ state: "detached" });
    expect(await page.getByTestId("error-payoutAccountNumber").textContent()).toContain("Panjang nomor rekening tidak cocok");
    await page.getByTestId("input-payoutAccountNumber").fill("0123-01-000456-50-1");
    await submit(page);

    await waitForStep(page, "certifications");
    expect(await page.getByTestId("scale-explanation").textContent()).toContain("Mikro karena modal ≤ Rp1 M dan omzet ≤ Rp2 M");
    // A weaver (KBLI 13912) is offered no food permits.
    expect(await page.getByTestId("input-pirt_number").count()).toBe(0);
    expect(await page.getByTestId("input-bpom_number").count()).toBe(0);
    await page.getByTestId("cert-kbli-note").waitFor();
    // A "PDF" that only has the header: refused, with the reason, and nothing saved.
    await page.getByTestId("input-halal_number").fill("ID52110000123450824");
    await page.getByTestId("input-halal_document").setInputFiles({ name: "halal.pdf", mimeType: "application/pdf", buffer: Buffer.from(fakePdf()) });
    await submit(page);
    await page.getByTestId("form-error").waitFor();
    expect(await page.getByTestId("form-error").textContent()).toContain("Dokumen tidak dapat dibuka sebagai PDF yang utuh");
    await page.getByTestId("input-halal_number").fill("ID52110000123450824");
    await page.getByTestId("input-halal_document").setInputFiles({ name: "halal.pdf", mimeType: "application/pdf", buffer: Buffer.from(minimalPdf()) });
    await submit(page);

    await waitForStep(page, "review");
    expect(await page.getByTestId("wizard-review").textContent()).toContain(NIB);
    expect(await page.getByTestId("wizard-review").textContent()).toContain("ID52110000123450824 📎");
    expect(await page.getByTestId("wizard-review").textContent()).toContain("BRI •••• 6501");
    expect(await page.getByTestId("wizard-review").textContent()).not.toContain("012301000456501");
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "seller-journey-review-phone");
    // Not before the address is confirmed: the data stays, and the mailed link unlocks the submission.
    await submit(page, "wizard-submit-form");
    await page.getByTestId("wizard-submit-form").getByTestId("form-error").filter({ hasText: "Konfirmasi alamat email" }).waitFor();
    await page.goto(await waitForMailLink(SELLER.email, "/verifikasi-email"));
    await page.getByTestId("verify-email-submit").click();
    await page.waitForURL((url) => url.searchParams.get("selesai") === "1");
    await page.goto(appUrl("/daftar-usaha"));
    await waitForStep(page, "review");
    expect(await page.getByTestId("email-unverified").count()).toBe(0);
    await submit(page, "wizard-submit-form");

    await page.waitForURL((url) => url.pathname === "/penjual", { timeout: 30_000 });
    await page.locator('[data-testid="seller-status"][data-status="pending"]').waitFor();
    expect(await page.getByTestId("payout-account-summary").textContent()).toContain("BRI •••• 6501");
    expect(await fitsWidth(page)).toBe(true);
    await context.storageState({ path: `/tmp/seller-journey-${run}.json` });
    await context.close();
  });

  it("the seller lists a product with a photo", async () => {
    const context = await browser.newContext({ viewport: phone, storageState: `/tmp/seller-journey-${run}.json` });
    const page = await context.newPage();
    await page.goto(appUrl("/penjual"));
    await page.getByTestId("add-product").click();
    await page.waitForURL((url) => url.pathname === "/penjual/produk/baru");
    await page.getByTestId("input-title").fill(TITLE);
    await page.getByTestId("input-description").fill("Kain tenun ikat tangan dari Pringgasela, pewarna alami.");
    await page.getByTestId("input-categoryId").selectOption({ label: "Kerajinan › Tenun & Songket" });
    await page.getByTestId("input-unit").fill("lembar");
    await page.getByTestId("input-priceIdr").fill("0");
    await page.getByTestId("input-stock").fill("3");
    await page.getByTestId("input-minOrder").fill("1");
    await page.getByTestId("input-leadTimeDays").fill("14");
    await page.getByTestId("input-originRegionId").selectOption({ label: "Lombok Timur" });
    await page.getByTestId("input-tkdnPercent").fill("100");
    await page.getByTestId("input-status").selectOption("active");
    await submit(page, "product-form");
    await page.getByTestId("error-priceIdr").waitFor();
    expect(await page.getByTestId("error-priceIdr").textContent()).toBe("Harga harus rupiah bulat lebih dari 0.");
    await page.getByTestId("input-priceIdr").fill("1.350.000");
    // The first photo goes with the product, in the same submit.
    const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 30, g: 60, b: 140 } } }).jpeg().toBuffer();
    await page.getByTestId("input-photo").setInputFiles({ name: "tenun-depan.jpg", mimeType: "image/jpeg", buffer: jpeg });
    await submit(page, "product-form");
    await page.waitForURL((url) => url.pathname.startsWith("/penjual/produk/") && !url.pathname.endsWith("/baru"), { timeout: 30_000 });
    productUrl = new URL(page.url()).pathname;
    await page.getByTestId("product-photo").first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("product-photo").count()).toBe(1);

    const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 140, g: 30, b: 50 } } }).png().toBuffer();
    await page.getByTestId("photo-input").setInputFiles({ name: "tenun.png", mimeType: "image/png", buffer: png });
    await page.getByTestId("photo-submit").click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="product-photo"]').length === 2, undefined, { timeout: 30_000 });
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "seller-journey-product-phone");

    await page.goto(appUrl("/penjual"));
    const row = page.getByTestId("edit-product").filter({ hasText: TITLE });
    await row.waitFor();
    // Stock 3 is at or below the low-stock threshold: the dashboard warns.
    expect(await page.locator("tr", { has: row }).textContent()).toContain("Stok tinggal 3");

    // Pengaturan: the owner sees the whole number in the form, and changes the account.
    await page.getByTestId("seller-settings-link").click();
    await page.waitForURL((url) => url.pathname === "/penjual/pengaturan");
    expect(await page.getByTestId("payout-account-current").textContent()).toContain("BRI •••• 6501");
    expect(await page.getByTestId("input-payoutAccountNumber").inputValue()).toBe("012301000456501");
    await page.getByTestId("input-payoutBankCode").selectOption({ label: "Bank NTB Syariah (13 angka)" });
    await page.getByTestId("input-payoutAccountNumber").fill("7010 1234 5678 9");
    await submit(page, "payout-account-form");
    await page.getByText("Rekening disimpan: Bank NTB Syariah •••• 6789.").waitFor({ timeout: 30_000 });
    expect(await fitsWidth(page)).toBe(true);
    await context.close();
  });

  it("the Diskop admin verifies the business from the queue", async () => {
    const context = await browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await page.goto(appUrl("/masuk?callbackUrl=%2Fadmin"));
    await signIn(page, "admin@pasarumk.test", testPassword());
    await page.waitForURL((url) => url.pathname === "/admin", { timeout: 30_000 });
    const item = page.getByTestId("queue-pending").locator(`[data-testid="queue-item"][data-nib="${NIB}"]`);
    await item.waitFor();
    await item.getByTestId("decide-verify").getByTestId("form-submit").click();
    await page.getByTestId("queue-verified").locator(`[data-testid="queue-item"][data-nib="${NIB}"]`).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("queue-pending").locator(`[data-nib="${NIB}"]`).count()).toBe(0);
    await context.close();

    const seller = await browser.newContext({ viewport: phone, storageState: `/tmp/seller-journey-${run}.json` });
    const sellerPage = await seller.newPage();
    await sellerPage.goto(appUrl("/penjual"));
    await sellerPage.locator('[data-testid="seller-status"][data-status="verified"]').waitFor();
    await seller.close();
  });

  it("a visitor finds it with a misspelled query and filters by kabupaten", async () => {
    const context = await browser.newContext({ viewport: phone });
    const page = await context.newPage();
    const result = page.getByTestId("search-result").filter({ hasText: TITLE });
    // The outbox worker indexes the product after the verification commits: poll, do not assert at once.
    const deadline = Date.now() + 20_000;
    for (;;) {
      await page.goto(appUrl("/katalog"));
      await page.getByTestId("search-input").fill("tenun ikat pringasela");
      await page.getByTestId("search-submit").click();
      await page.waitForURL((url) => url.searchParams.get("q") === "tenun ikat pringasela");
      await page.getByTestId("search-total").waitFor();
      if ((await result.count()) > 0) break;
      if (Date.now() > deadline) throw new Error(`"${TITLE}" did not become searchable within 20 s`);
      await page.waitForTimeout(1_000);
    }
    expect(await fitsWidth(page)).toBe(true);

    const facet = page.getByTestId("facet-kabupaten").locator('input[name="kabupaten"][value="Lombok Timur"]');
    if (!(await facet.isVisible())) await page.locator("summary").first().click();
    await facet.check();
    await page.getByTestId("search-submit").click();
    await page.waitForURL((url) => url.searchParams.getAll("kabupaten").includes("Lombok Timur"), { timeout: 30_000 });
    await result.first().waitFor();
    const texts = await page.getByTestId("search-result").allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toContain("Lombok Timur");
    await screenshot(page, "seller-journey-katalog-phone");
    await context.close();
  });
});
