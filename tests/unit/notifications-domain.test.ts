import { composeDigest, composeEmail, composeWhatsApp, whatsappShareLink } from "@/lib/domain/notifications/compose-message";
import { planDelivery, type RecipientContact } from "@/lib/domain/notifications/delivery-plan";
import { nextDigestAt } from "@/lib/domain/notifications/digest-time";
import { NOTIFICATION_KIND_NAMES, NOTIFICATION_KINDS } from "@/lib/domain/notifications/kinds";
import { safeAppPath } from "@/lib/domain/notifications/safe-link";
import { expiryWindow, lastCompleteWeek, overduePayment, waitingRequest } from "@/lib/domain/notifications/sweep-rules";
import { renderNotification } from "@/lib/domain/notifications/templates";
import { readUnsubscribeToken, unsubscribeToken } from "@/lib/domain/notifications/unsubscribe-token";

const USER = "0b9c2f4e-6a51-4c1e-9d3a-2f7e8b1c5d60";
const contact = (over: Partial<RecipientContact> = {}): RecipientContact => ({
  userId: USER, isActive: true, emailVerified: true, whatsappReady: false, emailDigest: false, preferences: [], ...over,
});

describe("planDelivery", () => {
  it("defaults to in-app and email, WhatsApp only for a verified opt-in", () => {
    expect(planDelivery("order.placed", contact())).toEqual({ inApp: true, email: "now", whatsapp: false });
    expect(planDelivery("order.placed", contact({ whatsappReady: true }))).toEqual({ inApp: true, email: "now", whatsapp: true });
  });
  it("sends no notification mail to an unverified address, but account mail always", () => {
    expect(planDelivery("order.placed", contact({ emailVerified: false })).email).toBeNull();
    expect(planDelivery("account.verify_email", contact({ emailVerified: false }))).toEqual({ inApp: false, email: "now", whatsapp: false });
  });
  it("follows the person's switches per category and channel, and folds mail into the digest when asked", () => {
    const prefs = contact({ preferences: [{ category: "orders", channel: "email", enabled: false }, { category: "orders", channel: "in_app", enabled: false }] });
    expect(planDelivery("order.placed", prefs)).toEqual({ inApp: false, email: null, whatsapp: false });
    expect(planDelivery("order.paid", prefs).email).toBe("now"); // payments is another category
    expect(planDelivery("order.placed", contact({ emailDigest: true })).email).toBe("digest");
  });
  it("tells a suspended account nothing but account mail", () => {
    expect(planDelivery("order.placed", contact({ isActive: false }))).toEqual({ inApp: false, email: null, whatsapp: false });
    expect(planDelivery("account.password_reset", contact({ isActive: false })).email).toBe("now");
  });
});

describe("templates", () => {
  const params = {
    businessName: "Tenun Pringgasela", reason: "NIB tidak cocok", orderNumber: "SP/2026/DISPAR/0001", opdName: "Dinas Pariwisata",
    totalIdr: 1_250_000, amountIdr: 500_000, invoiceNumber: "INV/2026/DISPAR/0001", stars: 5, certificateName: "Halal 123",
    expiresOn: "2026-07-01", categoryName: "Kain", queries: "tenun ikat", isoWeek: "2026-W22", requestNumber: "PR/2026/DISPAR/0001",
    orderCount: 2, eventTitle: "Festival Pesona", missingCount: 3, buyerName: "Lalu Rizki", workingDays: 4, days: 9, maxDays: 7,
    count: 2, oldestDays: 12, what: "search", failing: 4,
  };
  it.each(NOTIFICATION_KIND_NAMES)("%s reads in both languages with every value filled in", (kind) => {
    for (const locale of ["id", "en"] as const) {
      const text = renderNotification(kind, params, locale);
      expect(text.title.length).toBeGreaterThan(5);
      expect(`${text.title} ${text.body}`).not.toMatch(/undefined|null|\[object|NaN/);
    }
  });
  it("has a category for every kind", () => {
    for (const spec of Object.values(NOTIFICATION_KINDS)) expect(spec.category).toBeTruthy();
  });
  it("says money in rupiah and days in WITA", () => {
    expect(renderNotification("order.placed", params, "id").body).toContain("Rp");
    expect(renderNotification("certification.expiring", params, "id").title).toContain("1 Jul 2026");
  });
});

describe("composeEmail", () => {
  const input = {
    kind: "order.placed" as const,
    params: { orderNumber: "SP/1", opdName: "Dispar", totalIdr: 10_000 },
    locale: "id" as const,
    recipientName: "Baiq <Nur>",
    actionUrl: "https://pasar.test/penjual/pesanan#order-1",
    unsubscribeUrl: "https://pasar.test/berhenti?token=t",
    oneClickUnsubscribeUrl: "https://pasar.test/api/v1/notifications/unsubscribe?token=t",
    preferencesUrl: "https://pasar.test/akun/notifikasi",
  };
  it("builds plain text and escaped HTML with the same content and the RFC 8058 headers", () => {
    const mail = composeEmail(input);
    expect(mail.subject).toBe("Surat Pesanan baru SP/1");
    expect(mail.text).toContain("Halo Baiq <Nur>,");
    expect(mail.html).toContain("Baiq &lt;Nur&gt;");
    expect(mail.text).toContain(input.actionUrl);
    expect(mail.text).toContain(whatsappShareLink(`Surat Pesanan baru SP/1\n${renderNotification("order.placed", input.params, "id").body}\n${input.actionUrl}`));
    expect(mail.headers).toEqual({ "List-Unsubscribe": `<${input.oneClickUnsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
  });
  it("has no unsubscribe for account mail", () => {
    const mail = composeEmail({ ...input, kind: "account.password_reset", unsubscribeUrl: null, oneClickUnsubscribeUrl: null });
    expect(mail.headers).toEqual({});
    expect(mail.text).not.toContain("Berhenti");
  });
  it("writes English when the person chose it, and a digest lists every item", () => {
    expect(composeEmail({ ...input, locale: "en" }).subject).toBe("New purchase order SP/1");
    const digest = composeDigest({ locale: "id", recipientName: "A", day: "2026-06-01", preferencesUrl: "u", items: [{ kind: "order.placed", params: input.params, actionUrl: "a1" }, { kind: "order.paid", params: { ...input.params, amountIdr: 5 }, actionUrl: "a2" }] });
    expect(digest.subject).toContain("2 pemberitahuan");
    expect(digest.text).toContain("a1");
    expect(digest.text).toContain("a2");
    expect(composeWhatsApp({ ...input })).toContain(input.actionUrl);
  });
});

describe("unsubscribe tokens", () => {
  it("round-trips and refuses a tampered or foreign token", () => {
    const token = unsubscribeToken("secret-of-sixteen!", USER, "orders");
    expect(readUnsubscribeToken("secret-of-sixteen!", token)).toEqual({ userId: USER, category: "orders" });
    expect(readUnsubscribeToken("another-secret-16", token)).toBeNull();
    const [payload, signature] = token.split(".");
    const forged = `${Buffer.from(`${USER}:payments`).toString("base64url")}.${signature}`;
    expect(readUnsubscribeToken("secret-of-sixteen!", forged)).toBeNull();
    expect(readUnsubscribeToken("secret-of-sixteen!", `${payload}`)).toBeNull();
    expect(readUnsubscribeToken("secret-of-sixteen!", unsubscribeToken("secret-of-sixteen!", USER, "account"))).toBeNull();
  });
});

describe("times", () => {
  it("sends the digest at the next 07:00 WITA", () => {
    expect(nextDigestAt(new Date("2026-06-01T22:00:00Z")).toISOString()).toBe("2026-06-01T23:00:00.000Z"); // 06:00 WITA → 07:00 the same day
    expect(nextDigestAt(new Date("2026-06-01T23:00:00Z")).toISOString()).toBe("2026-06-02T23:00:00.000Z"); // exactly 07:00 → tomorrow
    expect(nextDigestAt(new Date("2026-06-02T03:00:00Z")).toISOString()).toBe("2026-06-02T23:00:00.000Z");
  });
  it("finds the last complete ISO week in WITA", () => {
    // Wednesday 3 June 2026 (WITA): last week is Monday 25 May – Sunday 31 May, ISO week 22.
    expect(lastCompleteWeek(new Date("2026-06-03T04:00:00Z"))).toEqual({ since: new Date("2026-05-24T16:00:00Z"), isoWeek: "2026-W22" });
    // Monday 1 June 00:30 WITA is Sunday in UTC; the week just ended is still W22.
    expect(lastCompleteWeek(new Date("2026-05-31T16:30:00Z")).isoWeek).toBe("2026-W22");
    expect(lastCompleteWeek(new Date("2027-01-06T04:00:00Z")).isoWeek).toBe("2026-W53");
  });
  it("tells the PPK after the third working day, and the treasurer past the policy's days", () => {
    const monday = new Date("2026-06-01T02:00:00Z");
    expect(waitingRequest(monday, new Date("2026-06-04T02:00:00Z"), [])).toBeNull(); // Thursday: day 3
    expect(waitingRequest(monday, new Date("2026-06-05T02:00:00Z"), [])).toEqual({ workingDays: 4 });
    expect(overduePayment(monday, new Date("2026-06-08T02:00:00Z"), 7)).toBeNull();
    expect(overduePayment(monday, new Date("2026-06-09T02:00:00Z"), 7)).toEqual({ days: 8 });
    expect(expiryWindow(monday)).toEqual({ today: "2026-06-01", lastDay: "2026-07-01" });
  });
});

describe("safeAppPath", () => {
  it("keeps app paths and refuses anything that leaves the site", () => {
    expect(safeAppPath("/pesanan/1")).toBe("/pesanan/1");
    for (const bad of ["//evil.test", "https://evil.test", "/\\evil.test", "javascript:alert(1)"]) expect(safeAppPath(bad)).toBe("/notifikasi");
  });
});
