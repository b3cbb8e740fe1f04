import path from "node:path";
import { spawnManaged, waitUntilReady, type ManagedChild } from "@/scripts/engines/children";
import { freePort } from "@/scripts/engines/ports";
import { testStack } from "../setup/stack";

// The same production build deployed behind a TLS-terminating reverse proxy (TRUSTED_PROXIES=1) and without card
// payments: the proxy's X-Forwarded-Proto: https turns HSTS and upgrade-insecure-requests on, plain http does not,
// and forms may post only to us.

jest.setTimeout(120_000);

let app: ManagedChild;
let baseUrl: string;

beforeAll(async () => {
  const stack = testStack();
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test",
    DATABASE_URL: stack.appDatabaseUrl,
    MEILI_HOST: stack.meiliHost,
    MEILI_MASTER_KEY: stack.meiliMasterKey,
    MEILI_INDEX_PREFIX: "app_",
    NEXTAUTH_SECRET: "test-nextauth-secret-0123456789",
    NEXTAUTH_URL: "https://pasar.example.id",
    TRUSTED_PROXIES: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  for (const key of Object.keys(stack.stripe.env)) delete env[key];
  app = spawnManaged("next-behind-proxy", process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port)], { env });
  await waitUntilReady(app, async () => (await fetch(`${baseUrl}/api/health`)).ok, 90_000);
});
afterAll(async () => {
  await app?.stop();
});

const get = (pathname: string, headers: Record<string, string> = {}) => fetch(new URL(pathname, baseUrl), { headers, redirect: "manual" });
const directiveNames = (csp: string | null) => (csp ?? "").split(";").map((d) => d.trim().split(/\s+/)[0]);

describe("behind a trusted TLS-terminating proxy", () => {
  it("an https page gets HSTS and upgrade-insecure-requests", async () => {
    const response = await get("/masuk", { "x-forwarded-proto": "https" });
    expect(response.status).toBe(200);
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(directiveNames(response.headers.get("content-security-policy"))).toContain("upgrade-insecure-requests");
  });

  it("an https API answer gets HSTS and keeps the file CSP", async () => {
    const response = await get("/api/health", { "x-forwarded-proto": "https" });
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none';.*sandbox$/);
  });

  it("plain http (the proxy says so, or says nothing) gets neither", async () => {
    for (const headers of [{ "x-forwarded-proto": "http" }, {}] as Record<string, string>[]) {
      const response = await get("/masuk", headers);
      expect(response.headers.get("strict-transport-security")).toBeNull();
      expect(directiveNames(response.headers.get("content-security-policy"))).not.toContain("upgrade-insecure-requests");
    }
  });

  it("without card payments, forms may post only to us", async () => {
    const csp = (await get("/masuk")).headers.get("content-security-policy") ?? "";
    expect(csp.split("; ")).toContain("form-action 'self'");
  });
});
