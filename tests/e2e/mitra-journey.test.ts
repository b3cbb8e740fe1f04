import bcrypt from "bcryptjs";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { Browser, Page } from "playwright-core";
import { testPassword, testStack } from "../setup/stack";
import { minimalPdf } from "../setup/upload-fixtures";
import { appUrl, fitsWidth, launchBrowser, signedIn, VIEWPORTS } from "./browser";

// The gap board end to end (issue 14): the admin posts a batch from a profile filter, the partner claims it,
// the seller accepts the partnership and uploads the missing halal certificate, the admin verifies it, and the
// batch's progress moves — measured from the platform's data, never typed in. Before the seller accepts, the
// partner gets 403 on the UMK's readiness profile.

jest.setTimeout(240_000);

const run = Date.now().toString(36);
const SELLER_EMAIL = `dodol.${run}@uji.test`;
const BUSINESS = `UD Dodol Rumput Laut ${run}`;
const phone = VIEWPORTS.phone;

let browser: Browser;
let businessId = "";
let categoryId = "";
let batchId = "";

/** A verified food UMK in Dompu with no PIRT or halal (its only gap the batch is about), in a category of its own. */
const makeFoodSeller = async () => {
  const sql = postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });
  try {
    const [region] = await sql`SELECT id FROM regions WHERE name = 'Dompu'`;
    const [province] = await sql`SELECT id FROM regions WHERE code = '52'`;
    const [category] = await sql`INSERT INTO categories (slug, name_id, name_en, is_food) VALUES (${`dodol-${run}`}, ${`Dodol Uji ${run}`}, ${`Test dodol ${run}`}, true) RETURNING id`;
    const nib = `66${String(Date.now()).slice(-11)}`;
    const [business] = await sql`
      INSERT INTO businesses (legal_name, nib, kbli, owner_name, region_id, address, capital_idr, annual_turnover_idr, scale, verification_status, verified_at)
      VALUES (${BUSINESS}, ${nib}, '10792', 'Inaq Uji', ${region!.id}, 'Jl. Lintas Dompu 1', 40000000, 250000000, 'mikro', 'verified', now()) RETURNING id`;
    await sql`
      INSERT INTO products (business_id, category_id, title, description, unit, price_idr, stock, origin_region_id, is_local, status)
      VALUES (${business!.id}, ${category!.id}, 'Dodol Rumput Laut', 'Dodol rumput laut khas Dompu', 'kotak', 30000, 50, ${region!.id}, true, 'active')`;
    const [user] = await sql`INSERT INTO users (email, name, password_hash, email_verified_at) VALUES (${SELLER_EMAIL}, 'Inaq Uji', ${bcrypt.hashSync(testPassword(), 4)}, now()) RETURNING id`;
    await sql`INSERT INTO memberships (user_id, role, region_id, business_id) VALUES (${user!.id}, 'seller', ${province!.id}, ${business!.id})`;
    businessId = business!.id as string;
    categoryId = category!.id as string;
  } finally {
    await sql.end();
  }
};

beforeAll(async () => {
  browser = await launchBrowser();
  await makeFoodSeller();
});
afterAll(async () => {
  await browser?.close();
});

const progressOf = async (page: Page) => (await page.locator(`[data-batch-id="${batchId}"] [data-testid="batch-progress"]`).first().textContent())?.replace(/\s+/g, " ").trim();

describe("gap board journey", () => {
  it("the admin builds a batch from a profile filter and posts it", async () => {
    const { context, page } = await signedIn(browser, "admin@pasarumk.test", VIEWPORTS.desktop, "/admin/mitra/papan");
    await page.locator('select[name="gap"]').selectOption("FOOD_PERMIT_MISSING");
    await page.locator('select[name="kabupaten"]').selectOption({ label: "Dompu" });
    await page.locator('select[name="kategori"]').selectOption(categoryId);
    await page.getByTestId("board-preview").click();
    await page.getByTestId("board-preview-result").waitFor();
    expect(await page.getByTestId("board-preview-result").textContent()).toContain("1 UMK Dodol Uji");
    await page.getByTestId("board-create").click();
    await page.waitForURL((url) => url.searchParams.has("dibuat"), { timeout: 30_000 });
    batchId = new URL(page.url()).searchParams.get("dibuat")!;
    expect(await progressOf(page)).toBe("0 / 1");
    await context.close();
  });

  it("the partner claims it; the UMK's profile stays closed (403) until the seller accepts", async () => {
    const { context, page } = await signedIn(browser, "mitra@pasarumk.test", phone, "/mitra");
    await page.locator(`[data-batch-id="${batchId}"] [data-testid="batch-claim"]`).click();
    await page.waitForURL((url) => url.searchParams.has("diambil"), { timeout: 30_000 });
    expect(await fitsWidth(page)).toBe(true);
    expect(await progressOf(page)).toBe("0 / 1");
    const closed = await page.goto(appUrl(`/mitra/umk/${businessId}`));
    expect(closed?.status()).toBe(403);
    await context.close();
  });

  it("the seller accepts the partnership and submits the missing halal certificate", async () => {
    const { context, page } = await signedIn(browser, SELLER_EMAIL, phone, "/penjual/kemitraan");
    const partnership = page.getByTestId("partnership").filter({ hasText: "Pusat Halal Universitas Mataram" });
    await partnership.getByTestId("partnership-accept").click();
    await page.getByTestId("partnership").filter({ hasText: "Berjalan" }).waitFor({ timeout: 30_000 });

    await page.goto(appUrl("/penjual/sertifikat"));
    await page.locator('select[name="kind"]').selectOption("halal");
    await page.locator('input[name="number"]').fill(`ID52110000${run}`);
    const pdf = path.join(os.tmpdir(), `halal-${run}.pdf`);
    writeFileSync(pdf, minimalPdf());
    await page.locator('input[name="document"]').setInputFiles(pdf);
    await page.getByTestId("certificate-submit").click();
    await page.waitForURL((url) => url.searchParams.has("terkirim"), { timeout: 30_000 });
    expect(await page.getByTestId("certificate-submission").first().textContent()).toContain("Menunggu verifikasi");
    expect(await fitsWidth(page)).toBe(true);
    await context.close();
  });

  it("progress stays until Diskop verifies the certificate, then the batch's progress moves", async () => {
    const partner = await signedIn(browser, "mitra@pasarumk.test", VIEWPORTS.desktop, "/mitra");
    expect(await progressOf(partner.page)).toBe("0 / 1");

    const { context, page } = await signedIn(browser, "admin@pasarumk.test", VIEWPORTS.desktop, "/admin/sertifikat");
    await page.getByTestId("certificate-pending").filter({ hasText: BUSINESS }).getByTestId("certificate-verify").click();
    await page.getByTestId("certificate-pending").filter({ hasText: BUSINESS }).waitFor({ state: "detached", timeout: 30_000 });
    await page.goto(appUrl("/admin/mitra/papan"));
    expect(await progressOf(page)).toBe("1 / 1");
    await context.close();

    await partner.page.goto(appUrl("/mitra"));
    expect(await progressOf(partner.page)).toBe("1 / 1");
    // The accepted partnership now opens the profile: the halal certificate is there and the gap is gone.
    const open = await partner.page.goto(appUrl(`/mitra/umk/${businessId}`));
    expect(open?.status()).toBe(200);
    expect(await partner.page.locator('[data-gap="FOOD_PERMIT_MISSING"]').count()).toBe(0);
    expect(await partner.page.getByTestId("readiness-profile").textContent()).toContain(`ID52110000${run}`);
    await partner.context.close();
  });
});
