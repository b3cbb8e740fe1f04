// Must run before lib/env is first read: this file plays a production deployment.
(process.env as Record<string, string>).NODE_ENV = "production";

import bcrypt from "bcryptjs";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { DEMO_PASSWORD } from "@/lib/domain/auth/sign-in-policy";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";

describe("verifyCredentials under NODE_ENV=production", () => {
  beforeAll(async () => {
    await db.insert(users).values([
      { email: "demo@pasarumk.test", name: "Demo", passwordHash: bcrypt.hashSync(DEMO_PASSWORD, 4) },
      { email: "nyata@pasarumk.test", name: "Nyata", passwordHash: bcrypt.hashSync("sandi-produksi-kuat", 4) },
    ]);
  });

  it("refuses the demo password even though it matches the stored hash", async () => {
    expect(await verifyCredentials({ email: "demo@pasarumk.test", password: DEMO_PASSWORD, ip: "10.2.0.1" })).toEqual({
      ok: false,
      reason: "demo_password_refused",
    });
  });

  it("still accepts real passwords", async () => {
    expect((await verifyCredentials({ email: "nyata@pasarumk.test", password: "sandi-produksi-kuat", ip: "10.2.0.1" })).ok).toBe(true);
  });
});
