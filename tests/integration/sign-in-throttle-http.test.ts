import bcrypt from "bcryptjs";
import postgres from "postgres";
import { HttpSession } from "../setup/http-session";
import { testStack } from "../setup/stack";

// Over HTTP against the production build behind scripts/serve.mjs, with no TRUSTED_PROXIES: the client address is
// the socket's, whatever X-Forwarded-For says.
const app = () => postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });
const PASSWORD = "sandi-yang-benar-1";
const run = Date.now();

const newAccount = async (name: string) => {
  const email = `${name}${run}@uji.test`;
  const sql = app();
  try {
    await sql`INSERT INTO users (email, name, password_hash, email_verified_at) VALUES (${email}, ${name}, ${bcrypt.hashSync(PASSWORD, 4)}, now())`;
  } finally {
    await sql.end();
  }
  return email;
};

const credentials = async (http: HttpSession, email: string, password: string, forwardedFor: string) => {
  const { csrfToken } = (await (await http.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  return http.fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": forwardedFor },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: "/beranda" }),
  });
};

describe("sign-in throttle over HTTP", () => {
  it("records the socket address, not a forged X-Forwarded-For, and answers 429 with Retry-After once slowed", async () => {
    const email = await newAccount("ditebak");
    const attacker = new HttpSession();
    for (let i = 0; i < 5; i++) expect((await credentials(attacker, email, "salah", `203.0.113.${i}`)).status).toBe(401);
    const sql = app();
    try {
      const rows = await sql<Array<{ ip: string }>>`SELECT DISTINCT ip FROM sign_in_attempts WHERE email = ${email}`;
      expect(rows.map((r) => r.ip)).toEqual(["127.0.0.1"]);
    } finally {
      await sql.end();
    }
    // A fresh forged address does not buy a fresh allowance; even the right password waits.
    const refused = await credentials(attacker, email, PASSWORD, "198.51.100.77");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await refused.json()) as { url: string; error: { code: string; message: string } };
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toContain("Coba lagi dalam");
    expect(new URL(body.url).searchParams.get("error")).toBe("rate_limited");
    expect(attacker.hasSessionCookie()).toBe(false);
  });
});

describe("signing out ends the session on the server", () => {
  it("refuses a copy of the session cookie replayed after sign-out", async () => {
    const email = await newAccount("keluar");
    const browser = new HttpSession();
    expect((await browser.signIn(email, PASSWORD)).hasSession).toBe(true);
    const cookie = browser.cookieHeader();
    expect((await browser.fetch("/api/v1/me")).status).toBe(200);
    const { csrfToken } = (await (await browser.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    await browser.fetch("/api/auth/signout", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ csrfToken, json: "true" }) });
    const replay = await new HttpSession().fetch("/api/v1/me", { headers: { cookie } });
    expect(replay.status).toBe(401);
    // Signing in again works, with a new session.
    expect((await new HttpSession().signIn(email, PASSWORD)).hasSession).toBe(true);
  });
});
