import type { Browser, BrowserContext, Page } from "playwright-core";
import { appUrl, launchBrowser, signedIn, VIEWPORTS, type ViewportName } from "./browser";
import { axeViolations, describeViolations } from "./axe";

// Every role's main pages, at desktop and at 360 px: axe finds no moderate, serious or critical violation.
// A detail page is reached the way a person reaches it: through the first matching link of its list page.

jest.setTimeout(120_000);

type PageToCheck = { name: string; path: string; via?: string[]; status?: number };

const list = (path: string): PageToCheck => ({ name: path, path });
/**
 * A detail page, reached as a person reaches it: from `path`, follow the first matching link inside <main>
 * for each step in turn (a step starting with "/" is an href prefix, any other a CSS selector).
 */
const detail = (path: string, ...steps: string[]): PageToCheck => ({
  name: `${steps.join(" → ")} (from ${path})`,
  path,
  via: steps.map((step) => (step.startsWith("/") ? `main a[href^="${step}"]` : `main ${step}`)),
});
/** The pages people land on when something is off: they are read as carefully as the rest. */
const failure = (path: string, status: number): PageToCheck => ({ name: `${path} (${status})`, path, status });

const AREAS: ReadonlyArray<{ role: string; email: string | null; pages: PageToCheck[] }> = [
  {
    role: "visitor",
    email: null,
    pages: [list("/"), list("/katalog"), list("/katalog?q=kopi"), detail("/", "/produk/"), list("/transparansi"), list("/masuk"), list("/daftar"), failure("/produk/00000000-0000-4000-8000-000000000000", 404)],
  },
  {
    role: "seller",
    email: "penjual@pasarumk.test",
    pages: [list("/penjual"), list("/penjual/pesanan"), list("/penjual/produk/baru"), detail("/penjual", '[data-testid="edit-product"]'), list("/peluang"), list("/daftar-usaha")],
  },
  {
    role: "buyer",
    email: "pembeli@pasarumk.test",
    pages: [list("/opd"), list("/keranjang"), list("/permintaan"), detail("/permintaan", '[data-testid="my-request-link"]'), list("/pesanan"), detail("/pesanan", '[data-testid="order-link"]'), detail("/pesanan", '[data-testid="order-link"]', '[data-testid="surat-pesanan-link"]'), list("/kegiatan"), detail("/kegiatan", '[data-testid="event-link"]'), detail("/kegiatan", '[data-testid="event-link"]', '[data-testid="event-report-link"]'), list("/kegiatan/baru"), list("/akun/token"), failure("/admin", 403)],
  },
  {
    role: "approver",
    email: "ppk@pasarumk.test",
    pages: [list("/opd"), list("/persetujuan"), detail("/persetujuan", '[data-testid="inbox-open"]'), list("/audit/kepatuhan")],
  },
  {
    role: "treasurer",
    email: "bendahara@pasarumk.test",
    pages: [list("/opd"), list("/bendahara"), detail("/bendahara", '[data-testid="treasury-open"]'), detail("/bendahara", 'a[href*="/faktur/"]'), detail("/bendahara", 'a[href*="/faktur/"]', "[data-print-hidden] a", '[data-testid="bast-link"]')],
  },
  {
    role: "auditor",
    email: "auditor@pasarumk.test",
    pages: [list("/audit"), list("/audit/kepatuhan"), detail("/audit/kepatuhan", '[data-testid="compliance-opd-link"]'), list("/audit/kegiatan"), list("/audit/pembayaran")],
  },
  {
    role: "admin",
    email: "admin@pasarumk.test",
    pages: [list("/admin"), list("/admin/kebijakan"), list("/admin/pencairan"), list("/admin/libur"), list("/admin/pencarian")],
  },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the page (through its list page for a detail) and checks it rendered for this person: no redirect, the expected status. */
const open = async (page: Page, target: PageToCheck) => {
  let path = target.path;
  for (const selector of target.via ?? []) {
    await page.goto(appUrl(path));
    path = (await page.locator(selector).first().getAttribute("href", { timeout: 10_000 })) ?? "";
    expect(path).toMatch(/^\//);
  }
  const response = await page.goto(appUrl(path));
  expect(response?.status()).toBe(target.status ?? 200);
  expect(new URL(page.url()).pathname).toBe(path.split("?")[0]);
};

describe.each(Object.keys(VIEWPORTS) as ViewportName[])("at %s width", (viewport) => {
  describe.each(AREAS)("$role", ({ email, pages }) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      if (email) {
        ({ context, page } = await signedIn(browser, email, VIEWPORTS[viewport], pages[0]!.path));
      } else {
        context = await browser.newContext({ viewport: VIEWPORTS[viewport] });
        page = await context.newPage();
      }
    });
    afterAll(async () => {
      await context?.close();
    });

    it.each(pages)("$name has no moderate or worse axe violation", async (target) => {
      await open(page, target);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    });
  });
});
