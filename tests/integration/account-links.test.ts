import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import type { MailCatcher } from "@/lib/mail/catcher";
import { smtpMailer } from "@/lib/mail/transport";
import { AppError } from "@/lib/errors";
import { resendEmailVerification, sendEmailVerification, verifyEmail } from "@/lib/services/accounts/email-verification";
import { confirmPasswordReset, requestPasswordReset } from "@/lib/services/accounts/password-reset";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";
import { deliverEmailBatch } from "@/lib/services/notifications/deliver-email";
import { newUser } from "./business-helpers";
import { caught, startCatcher, TEST_LINKS } from "./notification-helpers";

jest.setTimeout(60_000);

let catcher: MailCatcher;

const deliverAll = async () => {
  const mailer = smtpMailer(catcher.url);
  try {
    while ((await deliverEmailBatch(db, mailer, { links: TEST_LINKS })).claimed > 0);
  } finally {
    mailer.close();
  }
};

/** The token in the newest mail to `email` whose link goes to `path`. */
const tokenFromMail = async (email: string, path: string) => {
  await deliverAll();
  const mail = (await caught(catcher)).find((m) => m.to.includes(email) && m.text.includes(path));
  const match = mail ? new RegExp(`${path}\\?token=([A-Za-z0-9_%-]+)`).exec(mail.text) : null;
  if (!match) throw new Error(`no mail to ${email} linking to ${path}`);
  return decodeURIComponent(match[1]!);
};

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, code: (error.details as Array<{ code?: string }> | undefined)?.[0]?.code ?? error.code };
    throw error;
  }
  throw new Error("expected a refusal");
};

beforeAll(async () => {
  await seedDemoData(db, { now: new Date() });
  catcher = await startCatcher();
});
afterAll(() => catcher.stop());

describe("password reset by mail", () => {
  it("answers the same whether or not the account exists, and mails only the real one", async () => {
    const before = (await caught(catcher)).length;
    expect(await requestPasswordReset({ email: "nobody-here@uji.test" })).toEqual({ accepted: true });
    expect(await requestPasswordReset({ email: "pembeli@pasarumk.test" })).toEqual({ accepted: true });
    await deliverAll();
    const mail = (await caught(catcher)).slice(0, (await caught(catcher)).length - before);
    expect(mail.map((m) => m.to)).toEqual([expect.stringContaining("pembeli@pasarumk.test")]);
    expect(mail[0]!.subject).toBe("Atur ulang kata sandi");
    expect(mail[0]!.headers["list-unsubscribe"]).toBeUndefined();
    // The token left the database with the mail: only its hash stays.
    const [row] = (await db.execute(sql`SELECT count(*)::int AS n FROM notifications WHERE kind = 'account.password_reset' AND params ? 'token'`)) as unknown as Array<{ n: number }>;
    expect(row!.n).toBe(0);
  });

  it("sets the new password once; the link cannot be reused, and an earlier link stops working", async () => {
    const first = await (async () => {
      await requestPasswordReset({ email: "bendahara@pasarumk.test" });
      return tokenFromMail("bendahara@pasarumk.test", "/atur-ulang-sandi");
    })();
    await requestPasswordReset({ email: "bendahara@pasarumk.test" });
    const second = await tokenFromMail("bendahara@pasarumk.test", "/atur-ulang-sandi");
    expect(second).not.toBe(first);
    expect(await codeOf(confirmPasswordReset({ token: first, password: "sandi-baru-yang-panjang" }))).toEqual({ status: 400, code: "token_used" });
    await confirmPasswordReset({ token: second, password: "sandi-baru-yang-panjang" });
    expect((await verifyCredentials({ email: "bendahara@pasarumk.test", password: "sandi-baru-yang-panjang", ip: "198.51.100.20" })).ok).toBe(true);
    expect(await codeOf(confirmPasswordReset({ token: second, password: "sandi-lain-yang-panjang" }))).toEqual({ status: 400, code: "token_used" });
    expect(await codeOf(confirmPasswordReset({ token: "x".repeat(43), password: "sandi-lain-yang-panjang" }))).toEqual({ status: 400, code: "token_unknown" });
  });

  it("expires after 60 minutes", async () => {
    await requestPasswordReset({ email: "auditor@pasarumk.test" });
    const token = await tokenFromMail("auditor@pasarumk.test", "/atur-ulang-sandi");
    const later = new Date(Date.now() + 61 * 60_000);
    expect(await codeOf(confirmPasswordReset({ token, password: "sandi-baru-yang-panjang" }, later))).toEqual({ status: 400, code: "token_expired" });
  });
});

describe("email verification", () => {
  it("verifies an address once with the mailed link, and refuses a resend right after", async () => {
    const viewer = await newUser(db, "Penjual Belum Verifikasi");
    await db.execute(sql`UPDATE users SET email_verified_at = NULL WHERE id = ${viewer.userId}`);
    await db.transaction((tx) => sendEmailVerification(tx, viewer.userId, new Date()));
    expect((await codeOf(resendEmailVerification(viewer))).code).toBe("rate_limited");
    const token = await tokenFromMail(viewer.email, "/verifikasi-email");
    expect(await verifyEmail(token)).toEqual({ verified: true });
    const [row] = (await db.execute(sql`SELECT email_verified_at IS NOT NULL AS "verified" FROM users WHERE id = ${viewer.userId}`)) as unknown as Array<{ verified: boolean }>;
    expect(row!.verified).toBe(true);
    expect(await codeOf(verifyEmail(token))).toEqual({ status: 400, code: "token_used" });
    expect((await codeOf(resendEmailVerification(viewer))).code).toBe("conflict");
  });
});
