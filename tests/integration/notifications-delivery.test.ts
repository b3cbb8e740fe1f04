import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { releaseDeliveryBackoff } from "@/db/queries/notification-deliveries";
import { seedDemoData } from "@/db/seed";
import { smtpMailer, type Mailer } from "@/lib/mail/transport";
import { deliverEmailBatch } from "@/lib/services/notifications/deliver-email";
import { deliverWhatsAppBatch } from "@/lib/services/notifications/deliver-whatsapp";
import { notify } from "@/lib/services/notifications/notify";
import { saveNotificationSettings } from "@/db/queries/notification-preferences";
import { cloudApiSender } from "@/lib/whatsapp/cloud-api";
import type { MailCatcher } from "@/lib/mail/catcher";
import { caught, pendingDeliveries, startCatcher, TEST_LINKS, userWithRole } from "./notification-helpers";

jest.setTimeout(60_000);

const NOW = new Date("2026-06-01T02:00:00Z");
let seller: Awaited<ReturnType<typeof userWithRole>>;
let catcher: MailCatcher;
let mailer: Mailer;

const orderPlaced = (orderId: string, at = NOW) =>
  db.transaction((tx) =>
    notify(tx, {
      kind: "order.placed",
      to: { role: "seller", businessId: seller.businessId! },
      params: { orderNumber: `SP/2026/DISPAR/${orderId.slice(0, 4)}`, opdName: "Dinas Pariwisata", totalIdr: 1_250_000 },
      link: `/penjual/pesanan/${orderId}`,
      dedupeKey: `order.placed:${orderId}`,
      at,
    }),
  );

const drainAll = async () => {
  for (let i = 0; i < 50; i += 1) {
    const result = await deliverEmailBatch(db, mailer, { links: TEST_LINKS });
    if (result.claimed === 0) return;
  }
};

beforeAll(async () => {
  await seedDemoData(db, { now: NOW });
  seller = await userWithRole(db, "seller");
  catcher = await startCatcher();
  mailer = smtpMailer(catcher.url, "Pasar UMK <no-reply@pasar.test>");
});

afterAll(async () => {
  mailer.close();
  await catcher.stop();
});

describe("notification delivery over real SMTP", () => {
  it("mails the seller the new order in Bahasa with the link, a WhatsApp forward link and one-click unsubscribe", async () => {
    expect(await orderPlaced("11111111-1111-4111-8111-111111111111")).toBe(1);
    await drainAll();
    const mail = (await caught(catcher)).filter((m) => m.to.includes(seller.email));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe("Surat Pesanan baru SP/2026/DISPAR/1111");
    expect(mail[0]!.text).toContain("http://pasar.test/penjual/pesanan/11111111-1111-4111-8111-111111111111");
    expect(mail[0]!.text).toContain("https://wa.me/?text=");
    expect(mail[0]!.html).toContain("Rp");
    expect(mail[0]!.headers["list-unsubscribe"]).toMatch(/^<http:\/\/pasar\.test\/api\/v1\/notifications\/unsubscribe\?token=[^>]+>$/);
    expect(mail[0]!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  });

  it("tells about the same state change once, however often it is reported", async () => {
    const id = "22222222-2222-4222-8222-222222222222";
    expect(await orderPlaced(id)).toBe(1);
    expect(await orderPlaced(id)).toBe(0);
    await drainAll();
    await drainAll();
    const mail = (await caught(catcher)).filter((m) => m.subject.endsWith("/2222"));
    expect(mail).toHaveLength(1);
  });

  it("keeps mail queued while SMTP is down and delivers it, once, when the server is back", async () => {
    const port = catcher.port;
    await catcher.stop();
    mailer.close();
    mailer = smtpMailer(`smtp://127.0.0.1:${port}`, "Pasar UMK <no-reply@pasar.test>");
    await orderPlaced("33333333-3333-4333-8333-333333333333");
    const failed = await deliverEmailBatch(db, mailer, { links: TEST_LINKS });
    expect(failed).toMatchObject({ claimed: 1, delivered: 0, failed: 1 });
    expect(await pendingDeliveries(db)).toBe(1);
    const [row] = (await db.execute(sql`SELECT attempts, last_error AS "lastError", available_at > now() AS "backedOff" FROM notification_deliveries WHERE processed_at IS NULL`)) as unknown as Array<{ attempts: number; lastError: string; backedOff: boolean }>;
    expect(row).toMatchObject({ attempts: 1, backedOff: true });
    expect(row!.lastError).toMatch(/ECONNREFUSED|connect/i);
    // Not due yet: a drain now sends nothing.
    expect((await deliverEmailBatch(db, mailer, { links: TEST_LINKS })).claimed).toBe(0);

    const dir = catcher.dir;
    catcher = await startCatcher(port);
    expect(await releaseDeliveryBackoff(db, "email")).toBe(1);
    await drainAll();
    expect(await pendingDeliveries(db)).toBe(0);
    expect([...(await caught(catcher)), ...(await caught({ dir }))].filter((m) => m.subject.endsWith("/3333"))).toHaveLength(1);
  });

  it("sends each mail once when several workers drain at the same time", async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `44444444-4444-4444-8444-${String(i).padStart(12, "0")}`);
    for (const id of ids) await orderPlaced(id);
    await Promise.all([drainAll(), drainAll(), drainAll()]);
    const mail = (await caught(catcher)).filter((m) => m.subject.includes("/4444"));
    // The subject shows the first 4 characters of the id; every message id is distinct.
    expect(mail).toHaveLength(ids.length);
    expect(new Set(mail.map((m) => m.messageId)).size).toBe(ids.length);
  });
});

describe("WhatsApp Cloud API adapter", () => {
  it("sends the real request shape to people who opted in with a verified number, and skips everyone else", async () => {
    const requests: Array<{ url: string; auth: string; body: Record<string, unknown> }> = [];
    const standIn = createServer((req: IncomingMessage, res) => {
      let raw = "";
      req.on("data", (c) => (raw += c));
      req.on("end", () => {
        requests.push({ url: req.url ?? "", auth: req.headers.authorization ?? "", body: JSON.parse(raw) });
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ messaging_product: "whatsapp", contacts: [{ wa_id: "6281234567890" }], messages: [{ id: `wamid.${requests.length}` }] }));
      });
    });
    await new Promise<void>((resolve) => standIn.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/v21.0`;
    try {
      await saveNotificationSettings(db, seller.id, { whatsappPhone: "+6281234567890", whatsappVerifiedAt: NOW, whatsappOptIn: true }, NOW);
      await orderPlaced("55555555-5555-4555-8555-555555555555");
      const sender = cloudApiSender({ token: "wa-test-token", phoneNumberId: "1234567890", apiBase: base });
      const result = await deliverWhatsAppBatch(db, sender, { links: TEST_LINKS });
      expect(result).toMatchObject({ delivered: 1, failed: 0 });
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatchObject({ url: "/v21.0/1234567890/messages", auth: "Bearer wa-test-token" });
      expect(requests[0]!.body).toMatchObject({ messaging_product: "whatsapp", to: "6281234567890", type: "text" });
      expect((requests[0]!.body.text as { body: string }).body).toContain("http://pasar.test/penjual/pesanan/55555555-5555-4555-8555-555555555555");
      const [row] = (await db.execute(sql`SELECT provider_id AS "providerId" FROM notification_deliveries WHERE channel = 'whatsapp'`)) as unknown as Array<{ providerId: string }>;
      expect(row!.providerId).toBe("wamid.1");

      // Consent withdrawn after queuing: the queued message is not sent.
      await orderPlaced("66666666-6666-4666-8666-666666666666");
      await saveNotificationSettings(db, seller.id, { whatsappOptIn: false }, NOW);
      await deliverWhatsAppBatch(db, sender, { links: TEST_LINKS });
      expect(requests).toHaveLength(1);
    } finally {
      await new Promise((resolve) => standIn.close(resolve));
    }
  });
});
