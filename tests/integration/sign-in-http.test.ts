import { HttpSession } from "../setup/http-session";
import { testPassword } from "../setup/stack";

const DEMO_ROLES: Array<[string, string[]]> = [
  ["admin@pasarumk.test", ["admin"]],
  ["penjual@pasarumk.test", ["seller"]],
  ["pembeli@pasarumk.test", ["buyer"]],
  ["ppk@pasarumk.test", ["approver"]],
  ["bendahara@pasarumk.test", ["treasurer"]],
  ["auditor@pasarumk.test", ["auditor"]],
];

describe("sign-in through next-auth over HTTP (production build)", () => {
  it.each(DEMO_ROLES)("%s signs in and the session carries roles %j", async (email, roles) => {
    const http = new HttpSession();
    const result = await http.signIn(email, testPassword());
    expect(result.status).toBe(200);
    expect(result.hasSession).toBe(true);
    const session = await http.session();
    expect(session.user).toEqual({ id: expect.any(String), email, name: expect.any(String), roles });
  });

  it("gives no session for a wrong password", async () => {
    const http = new HttpSession();
    const result = await http.signIn("pembeli@pasarumk.test", "salah-sandi");
    expect(result.hasSession).toBe(false);
    expect(result.body.url).toContain("error=CredentialsSignin");
    expect((await http.session()).user).toBeUndefined();
  });
});

describe("GET /api/v1/audit/verify", () => {
  it("answers 401 to anonymous callers with the error shape", async () => {
    const response = await new HttpSession().fetch("/api/v1/audit/verify");
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
  });

  it.each(["pembeli@pasarumk.test", "penjual@pasarumk.test", "ppk@pasarumk.test", "bendahara@pasarumk.test"])(
    "answers 403 to %s",
    async (email) => {
      const http = new HttpSession();
      await http.signIn(email, testPassword());
      const response = await http.fetch("/api/v1/audit/verify");
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    },
  );

  it.each(["auditor@pasarumk.test", "admin@pasarumk.test"])("verifies the seeded chain for %s", async (email) => {
    const http = new HttpSession();
    await http.signIn(email, testPassword());
    const response = await http.fetch("/api/v1/audit/verify");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; length: number; head: string };
    expect(body).toEqual({ ok: true, length: expect.any(Number), head: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(body.length).toBeGreaterThan(10);
  });

  it("answers in English when asked", async () => {
    const response = await new HttpSession().fetch("/api/v1/audit/verify", { headers: { "accept-language": "en-US" } });
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe("Please sign in first.");
  });
});

describe("role homes over HTTP", () => {
  it("sends anonymous visitors to sign-in and back", async () => {
    const response = await new HttpSession().fetch("/penjual");
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    expect(response.headers.get("location")).toMatch(/\/masuk\?callbackUrl=(%2F|\/)penjual$/);
  });

  it("answers 403 when a signed-in person lacks the role", async () => {
    const http = new HttpSession();
    await http.signIn("pembeli@pasarumk.test", testPassword());
    expect((await http.fetch("/admin")).status).toBe(403);
    expect((await http.fetch("/opd")).status).toBe(200);
  });
});
