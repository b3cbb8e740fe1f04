import type { Browser, Page } from "playwright-core";
import { appUrl, launchBrowser, screenshot, signedIn as signedInAs, VIEWPORTS } from "./browser";

// The seller on a phone sees the bell count rise when the PPK approves a request for her product, opens the
// notification and lands on the order.

jest.setTimeout(180_000);

const BUYER = "pembeli@pasarumk.test";
const PPK = "ppk@pasarumk.test";
const SELLER = "penjual@pasarumk.test";

type Hit = { id: string; priceIdr: number; stock: number; business: { id: string; isUmk: boolean } };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const origin = () => new URL(appUrl()).origin;

const getJson = async <T>(page: Page, path: string): Promise<T> => {
  const response = await page.request.get(appUrl(path));
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
};

const postJson = async <T>(page: Page, path: string, data: unknown, status: number): Promise<T> => {
  const response = await page.request.post(appUrl(path), { data, headers: { origin: origin() } });
  expect({ path, status: response.status() }).toEqual({ path, status });
  return (await response.json()) as T;
};

const bellCount = async (page: Page) => Number(await page.getByTestId("notification-bell").getAttribute("data-unread"));

describe("notifications: the seller is told of a new Surat Pesanan", () => {
  it("the bell count rises after the PPK approves, and the notification opens the order", async () => {
    const seller = await signedInAs(browser, SELLER, VIEWPORTS.phone, "/penjual");
    const me = await getJson<{ memberships: Array<{ role: string; businessId?: string }> }>(seller.page, "/api/v1/me");
    const businessId = me.memberships.find((m) => m.role === "seller" && m.businessId)!.businessId!;
    const before = await bellCount(seller.page);

    const buyer = await signedInAs(browser, BUYER, VIEWPORTS.desktop, "/katalog");
    const { hits } = await getJson<{ hits: Hit[] }>(buyer.page, `/api/v1/products?businessId=${businessId}&perPage=20`);
    const lines = await getJson<Array<{ id: string; availableIdr: number }>>(buyer.page, "/api/v1/budget-lines");
    // The first of the seller's products this office may buy now (another journey may have used up a line or a
    // product's stock): a refusal (422/409) just moves on to the next.
    let request: { id: string; number: string } | null = null;
    for (const hit of hits.filter((h) => h.stock >= 5)) {
      const { minOrder } = await getJson<{ minOrder: number }>(buyer.page, `/api/v1/products/${hit.id}`);
      const line = lines.find((l) => l.availableIdr >= hit.priceIdr * minOrder);
      if (!line) continue;
      const submit = (extra: object) =>
        buyer.page.request.post(appUrl("/api/v1/purchase-requests"), {
          data: { budgetLineId: line.id, purpose: "Suvenir tamu festival (uji notifikasi)", lines: [{ productId: hit.id, quantity: minOrder }], ...extra },
          headers: { origin: origin() },
        });
      let response = await submit({});
      // Other journeys buy from the same seller for this office, so SELLER_ROTATION may ask for a justification.
      if (response.status() === 422 && JSON.stringify(await response.json()).includes("SELLER_ROTATION")) {
        response = await submit({ justification: { code: "technical_spec", text: "Motif khusus festival hanya dibuat penenun ini; uji notifikasi." } });
      }
      if (response.status() === 201) {
        request = (await response.json()) as { id: string; number: string };
        break;
      }
    }
    expect(request).not.toBeNull();
    await buyer.context.close();

    const ppk = await signedInAs(browser, PPK, VIEWPORTS.desktop, "/persetujuan");
    const approved = await postJson<{ orders: Array<{ id: string; number: string }> }>(ppk.page, `/api/v1/purchase-requests/${request!.id}/approve`, {}, 200);
    await ppk.context.close();
    const order = approved.orders[0]!;

    await seller.page.reload();
    expect(await bellCount(seller.page)).toBe(before + 1);
    await seller.page.getByTestId("notification-bell").click();
    await seller.page.getByTestId("notification-inbox").waitFor();
    const entry = seller.page.locator('[data-testid="notification"][data-unread="true"]').filter({ hasText: order.number }).first();
    await entry.waitFor();
    await screenshot(seller.page, "notifications-inbox-phone");
    await entry.getByRole("button").click();
    await seller.page.waitForURL((url) => url.pathname === "/penjual/pesanan" && url.hash === `#order-${order.id}`);
    await seller.page.locator(`#order-${order.id}`).waitFor();
    expect(await bellCount(seller.page)).toBe(before);
    await seller.context.close();
  });
});
