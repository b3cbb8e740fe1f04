import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import type { Viewer } from "@/lib/domain/auth/roles";
import { smtpMailer } from "@/lib/mail/transport";
import type { MailCatcher } from "@/lib/mail/catcher";
import { deliverEmailBatch } from "@/lib/services/notifications/deliver-email";
import { listNotifications, readAllNotifications, readNotification, unreadNotificationCount } from "@/lib/services/notifications/inbox";
import { getNotificationPreferences, saveNotificationPreferences } from "@/lib/services/notifications/preferences";
import { runNotificationSweeps } from "@/lib/services/notifications/sweeps";
import { acceptOrder } from "@/lib/services/procurement/accept-order";
import { approvePurchaseRequest } from "@/lib/services/procurement/approve-purchase-request";
import { returnPurchaseRequest } from "@/lib/services/procurement/return-purchase-request";
import { submitPurchaseRequest } from "@/lib/services/procurement/submit-purchase-request";
import { caught, startCatcher, TEST_LINKS } from "./notification-helpers";
import { expectAppError, JUSTIFICATION, newBudgetLine, seedDemoParties, setStock, umkProducts } from "./procurement-helpers";

jest.setTimeout(60_000);

let parties: Awaited<ReturnType<typeof seedDemoParties>>;
let sellerOfProduct: Viewer;
let catcher: MailCatcher;

const page = (viewer: Viewer, unread = false) => listNotifications(viewer, { unread, page: 1 }, "id");

/** A submitted request for 2 of a product; by default one sold by the demo seller, so "penjual" is told. */
const submitOne = async (productIndex?: number) => {
  const products = await umkProducts(db, 500);
  const product = productIndex === undefined ? products.find((p) => p.businessId === parties.seller.memberships[0]!.businessId)! : products[productIndex]!;
  await setStock(db, product.id, 50);
  const line = await newBudgetLine(db, parties.dispar, 500_000_000);
  const request = await submitPurchaseRequest(parties.buyer, { budgetLineId: line.id, purpose: "Suvenir tamu uji notifikasi", lines: [{ productId: product.id, quantity: 2 }], justification: JUSTIFICATION });
  return { request, product };
};

beforeAll(async () => {
  parties = await seedDemoParties(db);
  catcher = await startCatcher();
});

afterAll(() => catcher.stop());

describe("who is told what, in the transaction of the change", () => {
  it("tells the PPK of a new request, the seller of the Surat Pesanan and the buyer of the approval, each linking to the thing", async () => {
    const { request, product } = await submitOne();
    const ppkInbox = await page(parties.approver);
    expect(ppkInbox.notifications[0]).toMatchObject({ kind: "request.submitted", link: `/persetujuan#request-${request.id}`, readAt: null });
    expect(ppkInbox.notifications[0]!.title).toContain(request.number);
    // The buyer caused it: not told.
    expect((await page(parties.buyer)).notifications.some((n) => n.kind === "request.submitted")).toBe(false);

    const approved = await approvePurchaseRequest(parties.approver, request.id);
    const order = approved.orders[0]!;
    expect(product.businessId).toBe(parties.seller.memberships[0]!.businessId);
    sellerOfProduct = parties.seller;
    const sellerInbox = await page(sellerOfProduct);
    expect(sellerInbox.notifications[0]).toMatchObject({ kind: "order.placed", link: `/penjual/pesanan#order-${order.id}` });
    expect(sellerInbox.notifications[0]!.title).toBe(`Surat Pesanan baru ${order.number}`);
    expect((await page(parties.buyer)).notifications[0]).toMatchObject({ kind: "request.approved", link: `/permintaan/${request.id}` });

    await acceptOrder(sellerOfProduct, order.id);
    expect((await page(parties.buyer)).notifications[0]).toMatchObject({ kind: "order.accepted", link: `/pesanan/${order.id}` });

    // The seller's mail arrives over SMTP with the same link.
    const mailer = smtpMailer(catcher.url);
    try {
      while ((await deliverEmailBatch(db, mailer, { links: TEST_LINKS })).claimed > 0);
    } finally {
      mailer.close();
    }
    const mail = (await caught(catcher)).find((m) => m.subject === `Surat Pesanan baru ${order.number}`);
    expect(mail?.to).toContain(parties.seller.email);
    expect(mail?.text).toContain(`${TEST_LINKS.baseUrl}/penjual/pesanan#order-${order.id}`);
  });

  it("the submission and the approval name the request, the order, the OPD, the seller and the buyer as the database does", async () => {
    const { request } = await submitOne();
    const approved = await approvePurchaseRequest(parties.approver, request.id);
    const order = approved.orders[0]!;
    const paramsOf = async (kind: string, dedupePrefix: string) =>
      ((await db.execute(sql`SELECT DISTINCT params FROM notifications WHERE kind = ${kind} AND dedupe_key LIKE ${`${dedupePrefix}%`}`)) as unknown as Array<{ params: Record<string, unknown> }>).map((r) => r.params);
    const [expected] = (await db.execute(sql`
      SELECT r.number AS "requestNumber", d.name AS "opdName", u.name AS "buyerName", r.total_idr::int AS "totalIdr", o.number AS "orderNumber", b.legal_name AS "businessName"
      FROM purchase_requests r JOIN opds d ON d.id = r.opd_id JOIN users u ON u.id = r.buyer_id JOIN orders o ON o.request_id = r.id JOIN businesses b ON b.id = o.business_id
      WHERE r.id = ${request.id}`)) as unknown as Array<Record<string, string | number>>;
    expect(await paramsOf("request.submitted", `request.submitted:${request.id}:`)).toEqual([
      { requestNumber: expected!.requestNumber, opdName: expected!.opdName, buyerName: expected!.buyerName, totalIdr: expected!.totalIdr },
    ]);
    expect(await paramsOf("order.placed", `order.placed:${order.id}`)).toEqual([
      { orderNumber: expected!.orderNumber, opdName: expected!.opdName, businessName: expected!.businessName, totalIdr: order.totalIdr },
    ]);
  });

  it("tells the buyer each time a request is returned, with the note", async () => {
    const { request } = await submitOne(4);
    await returnPurchaseRequest(parties.approver, request.id, { note: "Tambahkan rincian kegiatan." });
    const latest = (await page(parties.buyer)).notifications[0]!;
    expect(latest).toMatchObject({ kind: "request.returned", link: `/permintaan/${request.id}` });
    expect(latest.body).toContain("Tambahkan rincian kegiatan.");
  });

  it("rolls the notification back with the change: a refused approval tells nobody", async () => {
    const { request } = await submitOne(5);
    const before = await unreadNotificationCount(parties.buyer);
    await db.execute(sql`UPDATE products SET stock = 0 WHERE id IN (SELECT product_id FROM request_lines WHERE request_id = ${request.id})`);
    await expectAppError(approvePurchaseRequest(parties.approver, request.id), "conflict");
    expect(await unreadNotificationCount(parties.buyer)).toBe(before);
  });
});

describe("the inbox is the person's own", () => {
  it("marks one read, refuses someone else's as not found, and marks all read", async () => {
    const mine = (await page(parties.approver, true)).notifications[0]!;
    await expectAppError(readNotification(parties.buyer, mine.id, "id"), "not_found");
    const read = await readNotification(parties.approver, mine.id, "en");
    expect(read.readAt).not.toBeNull();
    expect(read.title).toMatch(/^New request/);
    await readAllNotifications(parties.approver);
    expect(await unreadNotificationCount(parties.approver)).toBe(0);
    expect((await page(parties.approver)).total).toBeGreaterThan(0);
  });

  it("switching a category off stops it in the app, and WhatsApp needs a verified number", async () => {
    await saveNotificationPreferences(parties.approver, { choices: [{ category: "requests", channel: "in_app", enabled: false }] });
    const before = (await page(parties.approver)).total;
    await submitOne(6);
    expect((await page(parties.approver)).total).toBe(before);
    const prefs = await getNotificationPreferences(parties.approver);
    expect(prefs.categories.find((c) => c.category === "requests")).toMatchObject({ inApp: false, email: true });
    await expectAppError(saveNotificationPreferences(parties.approver, { choices: [], whatsappOptIn: true }), "unprocessable");
  });
});

describe("the scheduled checks", () => {
  it("tells the PPK of a request waiting past three working days, once however often the sweep runs", async () => {
    const { request } = await submitOne(7);
    await saveNotificationPreferences(parties.approver, { choices: [{ category: "requests", channel: "in_app", enabled: true }] });
    await db.execute(sql`UPDATE purchase_requests SET submitted_at = now() - interval '10 days' WHERE id = ${request.id}`);
    await runNotificationSweeps(db, new Date());
    await runNotificationSweeps(db, new Date());
    const waiting = (await page(parties.approver)).notifications.filter((n) => n.kind === "request.waiting" && n.title.startsWith(request.number));
    expect(waiting).toHaveLength(1);
  });
});
