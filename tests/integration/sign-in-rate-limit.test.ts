import bcrypt from "bcryptjs";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";

const PASSWORD = "kata-sandi-benar";

beforeAll(async () => {
  await db.insert(users).values([
    { email: "siti@pasarumk.test", name: "Siti", passwordHash: bcrypt.hashSync(PASSWORD, 4) },
    { email: "budi@pasarumk.test", name: "Budi", passwordHash: bcrypt.hashSync(PASSWORD, 4) },
    { email: "nonaktif@pasarumk.test", name: "Nonaktif", passwordHash: bcrypt.hashSync(PASSWORD, 4), isActive: false },
  ]);
});

const attempt = (email: string, password: string, ip: string, now = new Date()) => verifyCredentials({ email, password, ip, now });

describe("verifyCredentials", () => {
  it("accepts the right password whatever the email's case and refuses a wrong one", async () => {
    expect(await attempt(" Siti@PasarUMK.test ", PASSWORD, "10.0.0.1")).toMatchObject({ ok: true, user: { email: "siti@pasarumk.test" } });
    expect(await attempt("siti@pasarumk.test", "salah", "10.0.0.1")).toEqual({ ok: false, reason: "invalid_credentials" });
    expect(await attempt("tidak-ada@pasarumk.test", PASSWORD, "10.0.0.1")).toEqual({ ok: false, reason: "invalid_credentials" });
    expect(await attempt("nonaktif@pasarumk.test", PASSWORD, "10.0.0.1")).toEqual({ ok: false, reason: "invalid_credentials" });
  });

  it("slows the attacker's client on an account, never the owner on another client", async () => {
    const start = new Date("2026-11-27T02:00:00Z");
    for (let i = 0; i < 8; i++) expect((await attempt("budi@pasarumk.test", "salah", "10.1.0.66", start)).ok).toBe(false);
    const throttled = await attempt("budi@pasarumk.test", PASSWORD, "10.1.0.66", start);
    expect(throttled).toMatchObject({ ok: false, reason: "rate_limited" });
    expect((throttled as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    // The owner, from the office, with no failures there: signs in at once.
    expect((await attempt("budi@pasarumk.test", PASSWORD, "10.1.1.1", start)).ok).toBe(true);
    // Once the wait is over the attacker's client may try again (and the right password works).
    const later = new Date(start.getTime() + 16 * 60_000);
    expect((await attempt("budi@pasarumk.test", PASSWORD, "10.1.0.66", later)).ok).toBe(true);
  });

  it("slows a client that fails on many accounts, but not other clients", async () => {
    const now = new Date("2026-11-27T03:00:00Z");
    for (let i = 0; i < 20; i++) await attempt(`penebak${i}@pasarumk.test`, "salah", "10.9.9.9", now);
    expect(await attempt("siti@pasarumk.test", PASSWORD, "10.9.9.9", now)).toMatchObject({ ok: false, reason: "rate_limited" });
    expect((await attempt("siti@pasarumk.test", PASSWORD, "10.9.9.10", now)).ok).toBe(true);
  });
});

describe("verifyCredentials without a known client address", () => {
  it("shares no bucket between unknown clients, so one guesser cannot lock everybody out", async () => {
    const now = new Date("2026-11-27T04:00:00Z");
    for (let i = 0; i < 30; i++) await attempt(`tebak${i}@pasarumk.test`, "salah", "unknown", now);
    expect((await attempt("siti@pasarumk.test", PASSWORD, "unknown", now)).ok).toBe(true);
  });
});
