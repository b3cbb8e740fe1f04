import type { Browser } from "playwright-core";
import { testStack } from "../setup/stack";
import { fetchStandInMessages } from "../setup/whatsapp-stand-in";
import { axeViolations, describeViolations } from "./axe";
import { appUrl, fitsWidth, launchBrowser, screenshot, signedIn, VIEWPORTS } from "./browser";

// A seller on a 360-px phone enters her WhatsApp number, reads the 6-digit code from what the platform sent
// (the test stack's WhatsApp Cloud API stand-in: the app there runs as production, where /dev/surat is 404),
// verifies the number and switches WhatsApp messages on for new orders.

jest.setTimeout(180_000);

const SELLER = "penjual@pasarumk.test";
const PHONE_TYPED = "0812-3456-7099";
const PHONE_SENT = "6281234567099";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const codeSentTo = async (to: string, after: number) => {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const messages = (await fetchStandInMessages(testStack().whatsapp.url)).slice(after).filter((m) => m.body.to === to);
    const code = /\b(\d{6})\b/.exec((messages.at(-1)?.body.text as { body?: string } | undefined)?.body ?? "")?.[1];
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`no code sent to ${to}`);
    await new Promise((r) => setTimeout(r, 250));
  }
};

describe("WhatsApp number verification", () => {
  it("the seller enters a number, types the code she received, and switches WhatsApp on", async () => {
    const { page, context } = await signedIn(browser, SELLER, VIEWPORTS.phone, "/akun/notifikasi");
    const before = (await fetchStandInMessages(testStack().whatsapp.url)).length;
    // Until the number is verified, WhatsApp cannot be chosen.
    await expect(page.locator('input[name="whatsappOptIn"]').count()).resolves.toBe(0);

    await page.getByTestId("phone-input").fill(PHONE_TYPED);
    await page.getByTestId("phone-send").click();
    await page.waitForURL((url) => url.searchParams.get("kode") === "terkirim");
    await expect(page.getByTestId("phone-status").textContent()).resolves.toContain("+62 812 •••• 7099");
    const code = await codeSentTo(PHONE_SENT, before);

    // A wrong code first: the page says so in Bahasa, and the number stays unverified.
    await page.getByTestId("phone-code").fill(code === "000000" ? "111111" : "000000");
    await page.getByTestId("phone-confirm").click();
    await page.waitForURL((url) => url.searchParams.has("galat"));
    await page.locator("main [role=alert]", { hasText: "Kode salah" }).waitFor();

    await page.getByTestId("phone-code").fill(code);
    await page.getByTestId("phone-confirm").click();
    await page.waitForURL((url) => url.searchParams.get("nomor") === "terverifikasi");
    await expect(page.getByTestId("phone-status").textContent()).resolves.toContain("Terverifikasi");
    expect(await fitsWidth(page)).toBe(true);
    const violations = await axeViolations(page);
    expect(describeViolations(violations)).toEqual([]);
    await screenshot(page, "whatsapp-verified-phone");

    await page.locator('input[name="whatsappOptIn"]').check();
    await page.locator('input[name="orders:whatsapp"]').check();
    await page.getByRole("button", { name: "Simpan pengaturan" }).click();
    await page.waitForURL((url) => url.searchParams.has("tersimpan"));

    const prefs = (await (await page.request.get(appUrl("/api/v1/notifications/preferences"))).json()) as {
      whatsapp: { verified: boolean; optIn: boolean; phoneMasked: string };
      categories: Array<{ category: string; whatsapp: boolean }>;
    };
    expect(prefs.whatsapp).toMatchObject({ verified: true, optIn: true, phoneMasked: "+62 812 •••• 7099" });
    expect(prefs.categories.find((c) => c.category === "orders")?.whatsapp).toBe(true);
    await context.close();
  });
});
