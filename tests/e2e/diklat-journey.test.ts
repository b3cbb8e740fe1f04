import type { Browser } from "playwright-core";
import { appUrl, fitsWidth, launchBrowser, screenshot, signedIn, VIEWPORTS } from "./browser";

// Issue 14's diklat journey in Chromium: the Diskop admin creates a halal self-declare class for food businesses
// that already hold a PIRT (through the admin form, on a phone); the demo seller — a tenun maker — asks for a seat,
// is told why in plain Bahasa Indonesia (no internal code on screen), is offered the program that fits (the seed's
// product-photo class: its listings have no photos) and enrols in it with one click. The API gives the same
// refusal as a 422 with the reasons and the suggested program id.

jest.setTimeout(240_000);

const ADMIN = "admin@pasarumk.test";
const SELLER = "penjual@pasarumk.test";
const TITLE = `Halal Self-Declare Uji E2E ${Date.now()}`;
const { phone, desktop } = VIEWPORTS;
const witaLocal = (daysFromNow: number) => new Date(Date.now() + daysFromNow * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 16);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

let programPath = "";

describe("diklat journey: a misfit is told why and offered the program that fits", () => {
  it("the admin creates a halal self-declare class for food businesses with PIRT", async () => {
    const { context, page } = await signedIn(browser, ADMIN, phone, "/admin/diklat/baru");
    await page.locator('input[name="title"]').fill(TITLE);
    await page.locator('textarea[name="module"]').fill("Alur self-declare halal dan pendampingan P3H.");
    await page.locator('input[name="organizerName"]').fill("Dinas Koperasi dan UKM Provinsi NTB");
    await page.locator('select[name="kabupatenId"]').selectOption({ label: "Lombok Tengah" });
    await page.locator('input[name="startsAt"]').fill(witaLocal(5));
    await page.locator('input[name="endsAt"]').fill(witaLocal(5.25));
    await page.locator('input[name="seats"]').fill("30");
    await page.locator('input[name="foodKbliOnly"]').check();
    await page.locator('input[name="lacksCertificates"][value="halal"]').check();
    await page.locator('input[name="requiresVerified"]').check();
    await page.locator('input[name="requiresCertificates"][value="pirt"]').check();
    expect(await fitsWidth(page)).toBe(true);
    await page.locator('[data-testid="program-save"]').click();
    await page.waitForURL(/\/admin\/diklat\/[0-9a-f-]{36}\?disimpan=1/);
    await page.locator('[data-testid="diklat-notice"]').waitFor();
    programPath = new URL(page.url()).pathname.replace("/admin", "");
    await screenshot(page, "diklat-admin-program-phone");
    await context.close();
  });

  it("the tenun seller asks for a seat, is told why in plain words, and enrols in the program offered", async () => {
    const { context, page } = await signedIn(browser, SELLER, phone, programPath);
    await page.locator('[data-testid="enrol"]').click();
    const refusal = page.locator('[data-testid="enrolment-refusal"]');
    await page.locator('[data-testid="enrolment-refusal"], [data-testid="diklat-error"]').first().waitFor();
    if (!(await refusal.isVisible())) throw new Error(`Not refused: ${await page.locator("main").innerText()} at ${page.url()}`);
    const text = await refusal.innerText();
    expect(text).toContain("Program ini khusus untuk usaha makanan dan minuman.");
    expect(text).toContain("Usaha Anda perlu memiliki izin PIRT yang masih berlaku.");
    expect(await page.locator("main").innerText()).not.toMatch(/NOT_FOOD|MISSING_CERT|NOT_TARGETED|HAS_GAP|[A-Z]{3,}_[A-Z]{3,}/);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "diklat-refused-phone");

    const alternative = page.locator('[data-testid="enrolment-alternative"] a');
    const alternativePath = (await alternative.getAttribute("href"))!;
    expect(alternativePath).toMatch(/^\/diklat\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid="enrol-alternative"]').click();
    await page.waitForURL((url) => url.pathname === alternativePath && url.search.includes("terdaftar=1"));
    await page.locator('[data-testid="diklat-notice"]').waitFor();
    expect(await page.locator('[data-testid="enrolment-status"]').innerText()).toBe("Usaha Anda terdaftar di program ini.");
    await screenshot(page, "diklat-enrolled-phone");
    await context.close();
  });

  it("the API answers the same refusal as 422 with the reasons and the suggested program id", async () => {
    const { context, page } = await signedIn(browser, SELLER, desktop, programPath);
    const response = await page.request.post(appUrl(`/api/v1/programs${programPath.replace("/diklat", "")}/enrolments`), {
      data: {}, headers: { origin: new URL(appUrl("/")).origin, "content-type": "application/json" },
    });
    expect(response.status()).toBe(422);
    const body = (await response.json()) as { error: { code: string; message: string; details: { reason: string; reasons: Array<{ code: string }>; alternativeProgramId: string | null } } };
    expect(body.error.code).toBe("unprocessable");
    expect(body.error.details.reason).toBe("program_does_not_fit");
    expect(body.error.details.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["NOT_FOOD", "MISSING_CERT:pirt"]));
    expect(body.error.details.alternativeProgramId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.error.message).not.toMatch(/NOT_FOOD|MISSING_CERT/);
    await context.close();
  });
});
