import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { signUp } from "@/lib/services/accounts/sign-up";
import { rejects } from "./business-helpers";

const account = (n: number) => ({ name: `Pendaftar ${n}`, email: `pendaftar${n}@uji.test`, password: "sandi-panjang-1" });

describe("sign-up throttle per client address (default 5 an hour)", () => {
  it("refuses the 6th account from one address within the hour, not from another address or later", async () => {
    const now = new Date("2026-11-27T02:00:00Z");
    for (let n = 1; n <= 5; n++) await signUp(account(n), { ip: "203.0.113.5", now });
    const error = await rejects(signUp(account(6), { ip: "203.0.113.5", now }));
    expect(error.status).toBe(429);
    expect(error.localized.id).toMatch(/Terlalu banyak akun/);
    const [{ n }] = (await db.execute(sql`SELECT count(*)::int AS n FROM users WHERE email = 'pendaftar6@uji.test'`)) as unknown as [{ n: number }];
    expect(n).toBe(0);

    await signUp(account(7), { ip: "203.0.113.6", now });
    await signUp(account(8), { ip: "203.0.113.5", now: new Date(now.getTime() + 60 * 60_000 + 1) });
  });

  it("a taken email does not use up the address's allowance", async () => {
    const now = new Date("2026-11-27T05:00:00Z");
    await signUp(account(20), { ip: "198.51.100.1", now });
    for (let i = 0; i < 6; i++) expect((await rejects(signUp(account(20), { ip: "198.51.100.1", now }))).status).toBe(409);
    await signUp(account(21), { ip: "198.51.100.1", now });
  });
});
