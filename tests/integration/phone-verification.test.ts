import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { findNotificationSettings } from "@/db/queries/notification-preferences";
import { seedDemoData } from "@/db/seed";
import type { Viewer } from "@/lib/domain/auth/roles";
import { deliverWhatsAppBatch } from "@/lib/services/notifications/deliver-whatsapp";
import { notify } from "@/lib/services/notifications/notify";
import { saveNotificationPreferences } from "@/lib/services/notifications/preferences";
import { confirmPhoneVerification, requestPhoneVerification } from "@/lib/services/notifications/verify-phone";
import { cloudApiSender, type WhatsAppSender } from "@/lib/whatsapp/cloud-api";
import { startWhatsAppStandIn, type WhatsAppStandIn } from "../setup/whatsapp-stand-in";
import { TEST_LINKS } from "./notification-helpers";
import { expectAppError, viewerOf } from "./procurement-helpers";

jest.setTimeout(60_000);

const T0 = new Date("2026-06-01T02:00:00Z");
const hours = (n: number, minutes = 0) => new Date(T0.getTime() + (n * 60 + minutes) * 60_000);
let standIn: WhatsAppStandIn;
let sender: WhatsAppSender;
let seller: Viewer;
let buyer: Viewer;

/** The code in the last message the stand-in received for this number. */
const lastCodeTo = (phone: string) => {
  const message = [...standIn.requests].reverse().find((r) => r.body.to === phone.replace(/^\+/, ""));
  const code = /\b(\d{6})\b/.exec((message?.body.text as { body: string } | undefined)?.body ?? "")?.[1];
  if (!code) throw new Error(`no code sent to ${phone}`);
  return code;
};
const otherThan = (code: string) => (code === "000000" ? "111111" : "000000");
const settingsOf = (viewer: Viewer) => findNotificationSettings(db, viewer.userId);
/** The AppError of `promise`, its code and its first field problem (details is the field list). */
const expectProblem = async (promise: Promise<unknown>, code: string, detail?: Record<string, unknown>) => {
  const error = await expectAppError(promise, code);
  if (detail) expect(error.details).toMatchObject([detail]);
};

beforeAll(async () => {
  await seedDemoData(db, { now: T0 });
  seller = await viewerOf(db, "penjual@pasarumk.test");
  buyer = await viewerOf(db, "pembeli@pasarumk.test");
  standIn = await startWhatsAppStandIn();
  sender = cloudApiSender({ token: standIn.token, phoneNumberId: standIn.phoneNumberId, apiBase: standIn.apiBase });
});

afterAll(() => standIn.close());

describe("WhatsApp number verification against the Cloud API stand-in", () => {
  it("sends the code in the real request shape, keeps only its HMAC, verifies once, and refuses reuse", async () => {
    const sent = await requestPhoneVerification(seller, { phone: "+6281234567001" }, { sender, now: hours(0) });
    expect(sent).toMatchObject({ phoneMasked: "+62 812 •••• 7001", verified: false, codeSent: true, expiresAt: hours(0, 10).toISOString() });
    const request = standIn.requests.at(-1)!;
    expect(request.path).toBe(`/v21.0/${standIn.phoneNumberId}/messages`);
    expect(request.authorization).toBe(`Bearer ${standIn.token}`);
    expect(request.body).toMatchObject({ messaging_product: "whatsapp", recipient_type: "individual", to: "6281234567001", type: "text" });
    const code = lastCodeTo("+6281234567001");
    expect((request.body.text as { body: string }).body).toContain("Berlaku 10 menit");

    const rows = (await db.execute(sql`SELECT code_hash AS "codeHash", provider_id AS "providerId", phone FROM phone_verification_codes WHERE user_id = ${seller.userId}`)) as unknown as Array<{ codeHash: string; providerId: string; phone: string }>;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.codeHash).not.toContain(code);
    expect(rows[0]).toMatchObject({ providerId: `wamid.standin.${standIn.requests.length}`, phone: "+6281234567001" });
    expect(await settingsOf(seller)).toMatchObject({ whatsappPhone: "+6281234567001", whatsappVerifiedAt: null });

    await expectProblem(confirmPhoneVerification(seller, { code: otherThan(code) }, { now: hours(0, 1) }), "bad_request", { path: "code", code: "code_wrong", attemptsLeft: 4 });
    expect(await confirmPhoneVerification(seller, { code }, { now: hours(0, 2) })).toEqual({ phoneMasked: "+62 812 •••• 7001", verified: true, verifiedAt: hours(0, 2).toISOString() });
    expect((await settingsOf(seller))?.whatsappVerifiedAt).toEqual(hours(0, 2));
    await expectProblem(confirmPhoneVerification(seller, { code }, { now: hours(0, 3) }), "bad_request", { code: "code_used" });

    const audit = (await db.execute(sql`SELECT action FROM audit_events WHERE entity_id = ${seller.userId} AND action LIKE 'user.phone%' ORDER BY seq`)) as unknown as Array<{ action: string }>;
    expect(audit.map((a) => a.action)).toEqual(["user.phone_code_sent", "user.phone_verified"]);

    // The same, already verified number again: nothing is sent, nothing changes.
    const before = standIn.requests.length;
    expect(await requestPhoneVerification(seller, { phone: "+6281234567001" }, { sender, now: hours(0, 4) })).toMatchObject({ verified: true, codeSent: false });
    expect(standIn.requests).toHaveLength(before);
  });

  it("lets WhatsApp be switched on only with a verified number, and a new number clears verification and consent", async () => {
    await saveNotificationPreferences(seller, { choices: [{ category: "orders", channel: "whatsapp", enabled: true }], whatsappOptIn: true }, hours(1));
    expect(await settingsOf(seller)).toMatchObject({ whatsappOptIn: true });

    // A WhatsApp message queued for the verified number, then the number changes before the worker runs.
    await db.transaction((tx) =>
      notify(tx, { kind: "order.rated", to: { userIds: [seller.userId] }, params: { orderNumber: "SP/UJI/1", opdName: "Dinas Uji", stars: 5 }, link: "/penjual/pesanan", dedupeKey: "order.rated:phone-test", at: hours(1, 30) }),
    );
    await requestPhoneVerification(seller, { phone: "0813 9999 0002" }, { sender, now: hours(2) });
    expect(await settingsOf(seller)).toMatchObject({ whatsappPhone: "+6281399990002", whatsappVerifiedAt: null, whatsappOptIn: false });
    const sentBefore = standIn.requests.length;
    await deliverWhatsAppBatch(db, sender, { links: TEST_LINKS });
    expect(standIn.requests).toHaveLength(sentBefore);
    const [skipped] = (await db.execute(sql`SELECT d.provider_id AS "providerId" FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id WHERE n.dedupe_key = 'order.rated:phone-test' AND d.channel = 'whatsapp'`)) as unknown as Array<{ providerId: string }>;
    expect(skipped!.providerId).toBe("skipped:not-opted-in");
    await expectProblem(saveNotificationPreferences(seller, { choices: [], whatsappOptIn: true }, hours(2, 1)), "unprocessable", { code: "whatsapp_not_verified" });
    await expectProblem(saveNotificationPreferences(seller, { choices: [{ category: "orders", channel: "whatsapp", enabled: true }] }, hours(2, 1)), "unprocessable", { code: "whatsapp_not_verified" });

    await confirmPhoneVerification(seller, { code: lastCodeTo("+6281399990002") }, { now: hours(2, 2) });
    await saveNotificationPreferences(seller, { choices: [], whatsappOptIn: true }, hours(2, 3));
    expect(await settingsOf(seller)).toMatchObject({ whatsappPhone: "+6281399990002", whatsappOptIn: true });
  });

  it("expires a code after 10 minutes, and only the newest code works", async () => {
    await requestPhoneVerification(buyer, { phone: "081200000003" }, { sender, now: hours(4) });
    const first = lastCodeTo("+6281200000003");
    await expectProblem(confirmPhoneVerification(buyer, { code: first }, { now: hours(4, 10) }), "bad_request", { code: "code_expired" });

    await requestPhoneVerification(buyer, { phone: "081200000003" }, { sender, now: hours(4, 11) });
    const second = lastCodeTo("+6281200000003");
    if (second !== first) {
      await expectProblem(confirmPhoneVerification(buyer, { code: first }, { now: hours(4, 12) }), "bad_request", { code: "code_wrong" });
    }
    await confirmPhoneVerification(buyer, { code: second }, { now: hours(4, 13) });
    expect((await settingsOf(buyer))?.whatsappVerifiedAt).toEqual(hours(4, 13));
  });

  it("kills a code after 5 wrong tries, even when the 6th is right", async () => {
    await requestPhoneVerification(buyer, { phone: "081200000004" }, { sender, now: hours(6) });
    const code = lastCodeTo("+6281200000004");
    for (let i = 1; i <= 5; i += 1) {
      await expectProblem(confirmPhoneVerification(buyer, { code: otherThan(code) }, { now: hours(6, 1) }), "bad_request", { code: "code_wrong", attemptsLeft: 5 - i });
    }
    await expectProblem(confirmPhoneVerification(buyer, { code }, { now: hours(6, 2) }), "bad_request", { code: "code_too_many_attempts" });
    expect((await settingsOf(buyer))?.whatsappVerifiedAt).toBeNull();
  });

  it("sends at most 3 codes an hour, counting sends the WhatsApp service refused", async () => {
    const refusing = cloudApiSender({ token: "not-the-token", phoneNumberId: standIn.phoneNumberId, apiBase: standIn.apiBase });
    await expectAppError(requestPhoneVerification(buyer, { phone: "081200000005" }, { sender: refusing, now: hours(8) }), "unavailable");
    await requestPhoneVerification(buyer, { phone: "081200000005" }, { sender, now: hours(8, 10) });
    await requestPhoneVerification(buyer, { phone: "081200000005" }, { sender, now: hours(8, 20) });
    await expectAppError(requestPhoneVerification(buyer, { phone: "081200000005" }, { sender, now: hours(8, 30) }), "rate_limited", { retryAt: hours(9).toISOString() });
    await requestPhoneVerification(buyer, { phone: "081200000005" }, { sender, now: hours(9, 1) });
  });

  it("refuses when no WhatsApp sender is configured", async () => {
    await expectProblem(requestPhoneVerification(buyer, { phone: "081200000006" }, { sender: null, now: hours(12) }), "unprocessable", { code: "whatsapp_unavailable" });
  });
});
