import { unsubscribeToken } from "@/lib/domain/notifications/unsubscribe-token";
import { HttpSession } from "../setup/http-session";
import { testPassword } from "../setup/stack";

// The notifications API over HTTP against the production build and its seeded app database. The test stack's
// NEXTAUTH_SECRET signs the unsubscribe token, as a mail from that app would carry it.
const APP_SECRET = "test-nextauth-secret-0123456789";

const signedIn = async (email: string) => {
  const session = new HttpSession();
  await session.signIn(email, testPassword());
  return session;
};

const json = async <T>(response: Response) => (await response.json()) as T;

describe("notifications API", () => {
  it("answers 401 to visitors on every endpoint", async () => {
    const visitor = new HttpSession();
    expect((await visitor.fetch("/api/v1/notifications")).status).toBe(401);
    expect((await visitor.fetch("/api/v1/notifications/read-all", { method: "POST" })).status).toBe(401);
    expect((await visitor.fetch("/api/v1/notifications/preferences")).status).toBe(401);
    expect((await visitor.fetch("/api/v1/notifications/preferences", { method: "PUT", body: "{}" })).status).toBe(401);
  });

  it("lists, marks read and keeps each person to their own", async () => {
    const buyer = await signedIn("pembeli@pasarumk.test");
    const ppk = await signedIn("ppk@pasarumk.test");
    // A submitted request tells the PPK.
    const lines = await json<Array<{ id: string; availableIdr: number }>>(await buyer.fetch("/api/v1/budget-lines"));
    const { hits } = await json<{ hits: Array<{ id: string; priceIdr: number; stock: number; business: { isUmk: boolean } }> }>(await buyer.fetch("/api/v1/products?isUmk=true&perPage=50"));
    let submitted: { id: string; number: string } | null = null;
    for (const hit of hits.filter((h) => h.stock > 5)) {
      const detail = await json<{ minOrder: number; isFood?: boolean }>(await buyer.fetch(`/api/v1/products/${hit.id}`));
      const line = lines.find((l) => l.availableIdr >= hit.priceIdr * detail.minOrder);
      if (!line) continue;
      const response = await buyer.fetch("/api/v1/purchase-requests", { method: "POST", body: JSON.stringify({ budgetLineId: line.id, purpose: "Uji notifikasi API", lines: [{ productId: hit.id, quantity: detail.minOrder }] }) });
      if (response.status === 201) {
        submitted = await json(response);
        break;
      }
    }
    expect(submitted).not.toBeNull();

    const unread = await json<{ notifications: Array<{ id: string; kind: string; title: string; link: string; readAt: string | null }>; unread: number; total: number }>(await ppk.fetch("/api/v1/notifications?unread=true"));
    const mine = unread.notifications.find((n) => n.kind === "request.submitted" && n.title.includes(submitted!.number))!;
    expect(mine).toMatchObject({ readAt: null, link: `/persetujuan#request-${submitted!.id}` });
    expect(unread.unread).toBeGreaterThanOrEqual(1);

    // Someone else's notification does not exist for the buyer.
    expect((await buyer.fetch(`/api/v1/notifications/${mine.id}/read`, { method: "POST" })).status).toBe(404);
    expect((await ppk.fetch("/api/v1/notifications/not-a-uuid/read", { method: "POST" })).status).toBe(404);
    const read = await ppk.fetch(`/api/v1/notifications/${mine.id}/read`, { method: "POST", headers: { "accept-language": "en" } });
    expect(read.status).toBe(200);
    expect(await json<{ readAt: string | null; title: string }>(read)).toMatchObject({ readAt: expect.any(String), title: expect.stringMatching(/^New request/) });

    expect((await ppk.fetch("/api/v1/notifications/read-all", { method: "POST" })).status).toBe(200);
    expect((await json<{ unread: number }>(await ppk.fetch("/api/v1/notifications"))).unread).toBe(0);
    expect((await ppk.fetch("/api/v1/notifications?page=0")).status).toBe(400);
  });

  it("reads and writes preferences, refusing WhatsApp without a verified number", async () => {
    const seller = await signedIn("penjual@pasarumk.test");
    const saved = await seller.fetch("/api/v1/notifications/preferences", { method: "PUT", body: JSON.stringify({ choices: [{ category: "ratings", channel: "email", enabled: false }], emailDigest: true }) });
    expect(saved.status).toBe(200);
    const prefs = await json<{ categories: Array<{ category: string; email: boolean; inApp: boolean }>; emailDigest: boolean }>(saved);
    expect(prefs.categories.find((c) => c.category === "ratings")).toMatchObject({ email: false, inApp: true });
    expect(prefs.emailDigest).toBe(true);
    expect((await seller.fetch("/api/v1/notifications/preferences", { method: "PUT", body: JSON.stringify({ choices: [{ category: "account", channel: "email", enabled: false }] }) })).status).toBe(422);
    const whatsapp = await seller.fetch("/api/v1/notifications/preferences", { method: "PUT", body: JSON.stringify({ whatsappOptIn: true }) });
    expect(whatsapp.status).toBe(422);
    expect((await json<{ error: { details: Array<{ code: string }> } }>(whatsapp)).error.details[0]!.code).toBe("whatsapp_not_verified");
  });

  it("unsubscribes in one click with a signed token and refuses a forged one", async () => {
    const seller = await signedIn("penjual@pasarumk.test");
    const { id } = (await seller.session()).user!;
    const visitor = new HttpSession();
    const done = await visitor.fetch(`/api/v1/notifications/unsubscribe?token=${encodeURIComponent(unsubscribeToken(APP_SECRET, id, "opportunities"))}`, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded", origin: "null" } });
    expect(done.status).toBe(200);
    const prefs = await json<{ categories: Array<{ category: string; email: boolean }> }>(await seller.fetch("/api/v1/notifications/preferences"));
    expect(prefs.categories.find((c) => c.category === "opportunities")!.email).toBe(false);
    expect((await visitor.fetch(`/api/v1/notifications/unsubscribe?token=${encodeURIComponent(unsubscribeToken("another-secret-0123", id, "orders"))}`, { method: "POST" })).status).toBe(400);
  });

  it("has no mail catcher page in production", async () => {
    expect((await new HttpSession().fetch("/dev/surat")).status).toBe(404);
  });
});
