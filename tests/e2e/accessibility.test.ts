import type { Browser, BrowserContext, Page } from "playwright-core";
import { appUrl, launchBrowser, signedIn, VIEWPORTS, type ViewportName } from "./browser";
import { axeViolations, describeViolations } from "./axe";

// Every role's main pages, at desktop and at 360 px: axe finds no moderate, serious or critical violation.
// A detail page is reached the way a person reaches it: through the first matching link of its list page.

jest.setTimeout(120_000);

type PageToCheck = { name: string; path: string; via?: string };

const list = (path: string): PageToCheck => ({ name: path, path });
/** The first link inside <main> whose href starts with `prefix`, on the page at `path`. */
const detail = (path: string, prefix: string): PageToCheck => ({ name: `${prefix}… (from ${path})`, path, via: `main a[href^="${prefix}"]` });

const AREAS: ReadonlyArray<{ role: string; email: string | null; pages: PageToCheck[] }> = [
  {
    role: "visitor",
    email: null,
    pages: [list("/"), list("/katalog"), list("/katalog?q=kopi"), detail("/", "/produk/"), list("/transparansi"), list("/masuk"), list("/daftar")],
  },
  {
    role: "seller",
    email: "penjual@pasarumk.test",
    pages: [list("/penjual"), list("/penjual/pesanan"), list("/penjual/produk/baru"), detail("/penjual", "/penjual/produk/"), list("/peluang"), list("/daftar-usaha")],
  },
  {
    role: "buyer",
    email: "pembeli@pasarumk.test",
    pages: [list("/opd"), list("/keranjang"), list("/permintaan"), detail("/permintaan", "/permintaan/"), list("/pesanan"), detail("/pesanan", "/pesanan/"), list("/kegiatan"), detail("/kegiatan", "/kegiatan/"), list("/kegiatan/baru"), list("/akun/token")],
  },
  {
    role: "approver",
    email: "ppk@pasarumk.test",
    pages: [list("/opd"), list("/persetujuan"), detail("/persetujuan", "/permintaan/"), list("/audit/kepatuhan")],
  },
  {
    role: "treasurer",
    email: "bendahara@pasarumk.test",
    pages: [list("/opd"), list("/bendahara"), detail("/bendahara", "/bendahara/")],
  },
  {
    role: "auditor",
    email: "auditor@pasarumk.test",
    pages: [list("/audit"), list("/audit/kepatuhan"), detail("/audit/kepatuhan", "/audit/kepatuhan/"), list("/audit/kegiatan"), list("/audit/pembayaran")],
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

/** Opens the page (through its list page for a detail) and checks it rendered for this person: 200, no redirect. */
const open = async (page: Page, target: PageToCheck) => {
  let path = target.path;
  if (target.via) {
    await page.goto(appUrl(target.path));
    path = (await page.locator(target.via).first().getAttribute("href", { timeout: 10_000 })) ?? "";
    expect(path).toMatch(/^\//);
  }
  const response = await page.goto(appUrl(path));
  expect(response?.status()).toBe(200);
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
