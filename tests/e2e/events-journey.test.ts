import sharp from "sharp";
import type { Browser, Page } from "playwright-core";
import { appUrl, fitsWidth, launchBrowser, screenshot, VIEWPORTS, signedIn as signedInAs } from "./browser";

// Issue 5 end to end in Chromium: the Dinas Pariwisata clerk records an event with one platform item and one
// off-platform item (on a 360-px phone), cannot close it until the off-platform item has a receipt photo,
// uploads one (a real PNG; a fake one is refused in Bahasa Indonesia), closes it and corrects it by an
// amendment; without JavaScript the business search, adding and removing still work. The BKAD auditor finds
// the event on /audit/kegiatan and opens the printable report: the photo loads, the shares, the frozen
// figures and the amendment show.

jest.setTimeout(300_000);

const BUYER = "pembeli@pasarumk.test";
const SELLER = "penjual@pasarumk.test";
const AUDITOR = "auditor@pasarumk.test";
const PPK = "ppk@pasarumk.test";
const { desktop, phone } = VIEWPORTS;
const TITLE = `Rapat Koordinasi Uji E2E ${Date.now()}`;
const PLATFORM_AMOUNT = 1_500_000;
const DECLARED_AMOUNT = 750_000;
const AMENDED_AMOUNT = 500_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const signedIn = (email: string, viewport: { width: number; height: number }, path: string) => signedInAs(browser, email, viewport, path);

/** "YYYY-MM-DDTHH:mm" in WITA (UTC+8), as a datetime-local field holds it. */
const witaLocal = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16);

/** A real 64×48 receipt-coloured PNG: the server sniffs the bytes, so it must be an actual image. */
const receiptPng = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 240, g: 230, b: 200 } } }).png().toBuffer();

let eventId = "";
let sellerBusinessName = "";
let cartProductId = "";

describe("events journey: record → items → evidence → close → auditor's printable report", () => {
  it("the buyer records a new event", async () => {
    // The demo seller's business name, to find it in the item form's search.
    const seller = await signedIn(SELLER, desktop, "/penjual");
    const me = await (await seller.page.request.get(appUrl("/api/v1/me"))).json() as { memberships: Array<{ role: string; businessId?: string }> };
    const businessId = me.memberships.find((m) => m.role === "seller" && m.businessId)!.businessId!;
    const products = await (await seller.page.request.get(appUrl(`/api/v1/products?businessId=${businessId}&perPage=20`))).json() as { hits: Array<{ id: string; business: { name: string } }> };
    sellerBusinessName = products.hits[0]!.business.name;
    for (const hit of products.hits) {
      const detail = await (await seller.page.request.get(appUrl(`/api/v1/products/${hit.id}`))).json() as { minOrder: number; stock: number };
      if (detail.stock >= detail.minOrder) {
        cartProductId = hit.id;
        break;
      }
    }
    await seller.context.close();

    const { context, page } = await signedIn(BUYER, desktop, "/kegiatan");
    await page.getByTestId("new-event-link").click();
    await page.waitForURL((url) => url.pathname === "/kegiatan/baru");
    const starts = new Date();
    await page.getByTestId("event-title").fill(TITLE);
    await page.getByTestId("event-type").selectOption("rapat");
    await page.getByTestId("event-kabupaten").selectOption({ index: 1 });
    await page.getByTestId("event-startsAt").fill(witaLocal(starts));
    // Ending before it starts is refused next to the end field, and what was typed stays.
    await page.getByTestId("event-endsAt").fill(witaLocal(new Date(starts.getTime() - 3600_000)));
    await page.getByTestId("event-attendees").fill("40");
    await page.getByTestId("event-budgetIdr").fill("5000000");
    await page.getByTestId("event-submit").click();
    await page.getByTestId("error-endsAt").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("event-endsAt").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByTestId("event-title").inputValue()).toBe(TITLE);
    await page.getByTestId("event-endsAt").fill(witaLocal(new Date(starts.getTime() + 3 * 3600_000)));
    await page.getByTestId("event-submit").click();
    await page.waitForURL((url) => /^\/kegiatan\/[0-9a-f-]{36}$/.test(url.pathname), { timeout: 30_000 });
    eventId = (await page.getByTestId("event-page").getAttribute("data-event-id"))!;
    expect(await page.getByTestId("event-page").getAttribute("data-status")).toBe("open");
    expect(await page.getByTestId("home-title").textContent()).toBe(TITLE);

    // The organizer corrects the attendance while the event is open.
    await page.getByTestId("event-edit-link").click();
    await page.waitForURL((url) => url.pathname === `/kegiatan/${eventId}/ubah`);
    expect(await page.getByTestId("event-title").inputValue()).toBe(TITLE);
    await page.getByTestId("event-attendees").fill("45");
    await page.getByTestId("event-submit").click();
    await page.waitForURL((url) => url.pathname === `/kegiatan/${eventId}` && url.searchParams.has("diubah"), { timeout: 30_000 });
    expect(await page.getByTestId("event-facts").textContent()).toContain("45");
    await context.close();
  });

  it("on a 360-px phone the buyer adds a platform item and an off-platform item", async () => {
    const { context, page } = await signedIn(BUYER, phone, `/kegiatan/${eventId}`);
    // Platform business, found by name with the live search.
    await page.getByTestId("item-kind-platform").check();
    await page.getByTestId("item-search").fill(sellerBusinessName);
    const option = page.locator(`[data-testid="business-option"][data-name="${sellerBusinessName}"]`);
    await option.waitFor({ timeout: 30_000 });
    await option.check();
    await page.getByTestId("item-category").selectOption("konsumsi");
    await page.getByTestId("item-description").fill("Nasi kotak 50 porsi");
    await page.getByTestId("item-amountIdr").fill(String(PLATFORM_AMOUNT));
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "events-add-item-phone");
    await page.getByTestId("add-item-submit").click();
    const platformItem = page.locator('[data-testid="event-item"][data-description="Nasi kotak 50 porsi"]');
    await platformItem.waitFor({ timeout: 30_000 });
    expect(await platformItem.getAttribute("data-declared")).toBe("false");

    // Off-platform supplier: UMK and local are declared and counted apart.
    await page.getByTestId("item-kind-declared").check();
    await page.getByTestId("item-supplierName").fill("Toko Bunga Ibu Sari");
    await page.getByTestId("item-isUmk").check();
    await page.getByTestId("item-isLocal").check();
    await page.getByTestId("item-category").selectOption("dekorasi");
    await page.getByTestId("item-description").fill("Bunga meja dan panggung");
    await page.getByTestId("item-amountIdr").fill(String(DECLARED_AMOUNT));
    await page.getByTestId("add-item-submit").click();
    const declaredItem = page.locator('[data-testid="event-item"][data-description="Bunga meja dan panggung"]');
    await declaredItem.waitFor({ timeout: 30_000 });
    expect(await declaredItem.getAttribute("data-declared")).toBe("true");
    expect(await declaredItem.getAttribute("data-needs-evidence")).toBe("true");

    expect(await page.getByTestId("share-overall").getAttribute("data-total-idr")).toBe(String(PLATFORM_AMOUNT + DECLARED_AMOUNT));
    expect(await page.getByTestId("share-declared").getAttribute("data-total-idr")).toBe(String(DECLARED_AMOUNT));
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "events-items-phone");
    await context.close();
  });

  it("the cart offers the open event in its picker (— tanpa kegiatan — by default)", async () => {
    const { context, page } = await signedIn(BUYER, phone, "/keranjang");
    await page.goto(appUrl(`/produk/${cartProductId}`));
    await page.getByTestId("add-to-cart-submit").click();
    await page.getByTestId("add-to-cart-done").waitFor({ timeout: 30_000 });
    await page.goto(appUrl("/keranjang"));
    const picker = page.getByTestId("checkout-event");
    await picker.waitFor();
    expect(await picker.inputValue()).toBe("");
    expect(await picker.locator("option").first().textContent()).toBe("— tanpa kegiatan —");
    expect(await picker.locator(`option[value="${eventId}"]`).textContent()).toContain(TITLE);
    await picker.selectOption(eventId);
    expect(await fitsWidth(page)).toBe(true);
    // Leave the shared cart as it was found.
    const line = page.locator(`[data-testid="cart-line"][data-product-id="${cartProductId}"]`);
    await line.getByTestId("cart-remove").click();
    await page.waitForFunction((id) => !document.querySelector(`[data-testid="cart-line"][data-product-id="${id}"]`), cartProductId, { timeout: 30_000 });
    await context.close();
  });

  it("without JavaScript the buyer finds a business with the GET search, adds an item, uploads a receipt and removes the item", async () => {
    const { context } = await signedIn(BUYER, phone, `/kegiatan/${eventId}`);
    const noJs = await browser.newContext({ viewport: phone, javaScriptEnabled: false, storageState: await context.storageState() });
    await context.close();
    const page = await noJs.newPage();
    await page.goto(appUrl(`/kegiatan/${eventId}`));
    await page.getByTestId("item-search").fill(sellerBusinessName);
    await page.getByTestId("item-search-submit").click();
    await page.waitForURL((url) => url.searchParams.get("cari") === sellerBusinessName);
    await page.locator(`[data-testid="business-option"][data-name="${sellerBusinessName}"]`).check();
    await page.getByTestId("item-category").selectOption("atk");
    await page.getByTestId("item-description").fill("Map dan alat tulis peserta");
    await page.getByTestId("item-amountIdr").fill("200.000");
    await page.getByTestId("add-item-submit").click();
    const added = page.locator('[data-testid="event-item"][data-description="Map dan alat tulis peserta"]');
    await added.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("share-overall").getAttribute("data-total-idr")).toBe(String(PLATFORM_AMOUNT + DECLARED_AMOUNT + 200_000));
    expect(await fitsWidth(page)).toBe(true);

    // The evidence form posts to the server action without JavaScript (a platform item's optional receipt).
    const platformItem = page.locator('[data-testid="event-item"][data-description="Nasi kotak 50 porsi"]');
    await platformItem.getByTestId("evidence-summary").click();
    await platformItem.getByTestId("evidence-file").setInputFiles({ name: "nota-katering.png", mimeType: "image/png", buffer: await receiptPng() });
    await platformItem.getByTestId("evidence-submit").click();
    await page.locator('[data-testid="event-item"][data-description="Nasi kotak 50 porsi"] [data-testid="evidence-photo"]').waitFor({ timeout: 30_000 });

    await added.getByTestId("remove-item").click();
    await page.waitForURL((url) => url.pathname === `/kegiatan/${eventId}`, { timeout: 30_000 });
    await page.getByTestId("event-items").waitFor();
    expect(await page.locator('[data-testid="event-item"][data-description="Map dan alat tulis peserta"]').count()).toBe(0);
    expect(await page.getByTestId("share-overall").getAttribute("data-total-idr")).toBe(String(PLATFORM_AMOUNT + DECLARED_AMOUNT));
    await noJs.close();
  });

  it("closing is refused until the off-platform item has evidence; a fake image is refused, a real photo accepted", async () => {
    const { context, page } = await signedIn(BUYER, phone, `/kegiatan/${eventId}`);
    // The close button explains which item still needs evidence, and cannot be pressed.
    const blocked = page.getByTestId("close-blocked");
    await blocked.waitFor();
    expect(await blocked.textContent()).toContain("Bunga meja dan panggung");
    expect(await page.getByTestId("close-submit").isDisabled()).toBe(true);
    expect(await page.getByTestId("close-submit").getAttribute("aria-describedby")).toBe("close-blocked");

    const declaredItem = page.locator('[data-testid="event-item"][data-description="Bunga meja dan panggung"]');
    // Text pretending to be a PNG: the server sniffs the bytes and says so in Bahasa Indonesia.
    await declaredItem.getByTestId("evidence-file").setInputFiles({ name: "kuitansi.png", mimeType: "image/png", buffer: Buffer.from("ini bukan gambar, hanya teks") });
    await declaredItem.getByTestId("evidence-submit").click();
    const error = declaredItem.getByTestId("evidence-error");
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toContain("PNG, JPEG, WebP");
    // Over 10 MB is refused before anything is sent.
    await declaredItem.getByTestId("evidence-file").setInputFiles({ name: "foto-besar.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(10 * 1024 * 1024 + 1) });
    await declaredItem.getByTestId("evidence-submit").click();
    await page.waitForFunction(() => document.querySelector('[data-testid="evidence-error"]')?.textContent?.includes("terlalu besar"));

    await declaredItem.getByTestId("evidence-file").setInputFiles({ name: "kuitansi-bunga.png", mimeType: "image/png", buffer: await receiptPng() });
    await declaredItem.getByTestId("evidence-submit").click();
    await declaredItem.getByTestId("evidence-photo").waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid="close-blocked"]'), undefined, { timeout: 30_000 });
    expect(await fitsWidth(page)).toBe(true);

    await page.getByTestId("close-submit").click();
    await page.getByTestId("event-closed-notice").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("event-page").getAttribute("data-status")).toBe("closed");
    // Closed: no more add-item form; the frozen report heads the history.
    expect(await page.getByTestId("add-item-form").count()).toBe(0);
    await page.getByTestId("history-original").waitFor();
    await screenshot(page, "events-closed-phone");

    // A correction after closing is an amendment: the flowers were overstated, void and re-record them.
    await page.getByTestId("amend-reason").fill("Kuitansi bunga mencakup dua kegiatan; nilai untuk kegiatan ini dikoreksi.");
    const declaredId = await declaredItem.getAttribute("data-item-id");
    await page.locator(`[data-testid="amend-void"][value="${declaredId}"]`).check();
    await page.getByTestId("item-kind-declared").check();
    await page.getByTestId("item-supplierName").fill("Toko Bunga Ibu Sari");
    await page.getByTestId("item-isUmk").check();
    await page.getByTestId("item-isLocal").check();
    await page.getByTestId("item-category").selectOption("dekorasi");
    await page.getByTestId("item-description").fill("Bunga meja (koreksi)");
    await page.getByTestId("item-amountIdr").fill(String(AMENDED_AMOUNT));
    await page.getByTestId("amend-submit").click();
    const amendment = page.getByTestId("history-amendment");
    await amendment.waitFor({ timeout: 30_000 });
    expect(await amendment.getByTestId("amendment-reason").textContent()).toContain("dua kegiatan");
    // The original stays, the current figures follow the amendment.
    expect(await page.getByTestId("history-original").count()).toBe(1);
    expect(await page.getByTestId("share-overall").getAttribute("data-total-idr")).toBe(String(PLATFORM_AMOUNT + AMENDED_AMOUNT));
    expect(await fitsWidth(page)).toBe(true);
    await context.close();
  });

  it("the auditor finds the event on /audit/kegiatan and opens its printable report with the photo and the shares", async () => {
    const { context, page } = await signedIn(AUDITOR, desktop, "/audit/kegiatan");
    await page.getByTestId("filter-status").selectOption("closed");
    await page.getByTestId("filter-submit").click();
    await page.waitForURL((url) => url.searchParams.get("status") === "closed");
    const link = page.locator(`[data-testid="event-link"][data-event-id="${eventId}"]`);
    await link.waitFor({ timeout: 30_000 });
    expect(await link.textContent()).toBe(TITLE);
    await page.getByTestId("events-total-idr").waitFor();
    // The per-OPD summary adds the office's events up into one event local share.
    await page.locator('[data-testid="opd-event-share"][data-opd*="Pariwisata"]').waitFor();
    await screenshot(page, "events-audit-list");

    await link.click();
    await page.waitForURL((url) => url.pathname === `/kegiatan/${eventId}/laporan`);
    const report = page.getByTestId("event-report");
    expect(await report.getByTestId("report-event-title").textContent()).toBe(TITLE);
    const photo = report.getByTestId("evidence-photo").first();
    await photo.waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid="event-report"] [data-testid="evidence-photo"]');
      return Boolean(img && img.complete && img.naturalWidth > 0);
    }, undefined, { timeout: 30_000 });
    expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    // Each photo says what it proves: the item and its supplier, not only a file name.
    const receiptAlt = await report.locator('[data-testid="evidence-photo"][alt*="Bunga meja dan panggung"]').getAttribute("alt");
    expect(receiptAlt).toContain("Toko Bunga Ibu Sari");
    expect(await report.locator('[data-testid="evidence-photo"][alt*="Nasi kotak 50 porsi"]').getAttribute("alt")).toContain(sellerBusinessName);
    // Every clock time on the sheet is WITA and says so ("09.00 WITA"); amounts like "Rp 1.500.000" are no times.
    const sheet = (await report.innerText()).replace(/\s+/g, " ");
    const times = [...sheet.matchAll(/(?<![\d.,])\d{2}[.:]\d{2}(?![\d.,])( WITA)?/g)];
    expect(times.length).toBeGreaterThanOrEqual(4);
    expect(times.filter((m) => !m[1]).map((m) => sheet.slice(Math.max(0, m.index - 30), m.index + 10))).toEqual([]);

    const overall = report.getByTestId("share-overall").first();
    const total = Number(await overall.getAttribute("data-total-idr"));
    const local = Number(await overall.getAttribute("data-local-umk-idr"));
    expect(total).toBe(PLATFORM_AMOUNT + AMENDED_AMOUNT);
    expect(Number(await overall.getAttribute("data-share"))).toBeCloseTo(local / total, 10);
    // The declared supplier was declared local UMK, so at least its amount counts.
    expect(local).toBeGreaterThanOrEqual(AMENDED_AMOUNT);
    expect(await overall.textContent()).toMatch(/%/);
    expect(await report.getByTestId("share-declared").first().getAttribute("data-total-idr")).toBe(String(AMENDED_AMOUNT));
    // The frozen figures at closing and the amendment with its reason are both on the sheet.
    expect(await report.getByTestId("share-overall").nth(1).getAttribute("data-total-idr")).toBe(String(PLATFORM_AMOUNT + DECLARED_AMOUNT));
    expect(await report.getByTestId("amendment-reason").textContent()).toContain("dua kegiatan");
    expect(await page.getByTestId("print-button").textContent()).toBe("Cetak");
    // "Cetak" opens the browser's print dialog (stubbed: headless Chromium has none).
    await page.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => { (window as unknown as { printed: boolean }).printed = true; };
    });
    await page.getByTestId("print-button").click();
    expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
    await screenshot(page, "events-report");
    await context.close();

    // The same sheet on a 360-px phone fits without sideways scrolling.
    const onPhone = await signedIn(AUDITOR, phone, `/kegiatan/${eventId}/laporan`);
    await onPhone.page.getByTestId("event-report").waitFor();
    expect(await fitsWidth(onPhone.page)).toBe(true);
    await screenshot(onPhone.page, "events-report-phone");
    await onPhone.context.close();
  });
  it("each role sees what it may: the PPK reads without editing, sellers get 403, English works", async () => {
    const ppk = await signedIn(PPK, desktop, "/kegiatan");
    await ppk.page.locator(`[data-testid="event-link"][data-event-id="${eventId}"]`).waitFor();
    expect(await ppk.page.getByTestId("new-event-link").count()).toBe(0);
    await ppk.page.goto(appUrl(`/kegiatan/${eventId}`));
    expect(await ppk.page.getByTestId("amend-form").count()).toBe(0);
    expect((await ppk.page.goto(appUrl("/kegiatan/baru")))!.status()).toBe(403);
    await ppk.context.close();

    const seller = await signedIn(SELLER, desktop, "/penjual");
    for (const path of ["/kegiatan", `/kegiatan/${eventId}`, `/kegiatan/${eventId}/laporan`, "/audit/kegiatan"]) {
      expect((await seller.page.goto(appUrl(path)))!.status()).toBe(403);
    }
    await seller.context.close();

    const auditor = await signedIn(AUDITOR, phone, "/audit/kegiatan");
    await auditor.context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: appUrl("/") }]);
    await auditor.page.goto(appUrl(`/kegiatan/${eventId}/laporan`));
    expect(await auditor.page.getByTestId("print-button").textContent()).toBe("Print");
    expect(await fitsWidth(auditor.page)).toBe(true);
    await auditor.page.goto(appUrl("/audit/kegiatan"));
    expect(await fitsWidth(auditor.page)).toBe(true);
    await screenshot(auditor.page, "events-audit-list-phone-en");
    await auditor.context.close();
  });
});
