import postgres from "postgres";
import sharp from "sharp";
import { HttpSession } from "../setup/http-session";
import { testPassword, testStack } from "../setup/stack";

// The security headers as the production build sends them (proxy.ts): a page with a per-request nonce CSP
// that Next's own scripts carry, an API answer and a stored photo under the sandboxing file CSP, and no HSTS
// over plain http, whatever X-Forwarded-Proto claims without a trusted proxy.

jest.setTimeout(60_000);

const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, testStack().appUrl!), { headers, redirect: "manual" });

const directives = (csp: string | null) =>
  new Map((csp ?? "").split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

const expectCommonHeaders = (response: Response) => {
  expect(response.headers.get("x-frame-options")).toBe("DENY");
  expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("permissions-policy")).toContain("camera=()");
  expect(response.headers.get("strict-transport-security")).toBeNull();
};

const FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

describe("security headers (production build)", () => {
  it("a page: script only with this response's nonce, which every script tag of Next carries; no eval, no inline styles", async () => {
    const response = await get("/katalog", { "x-forwarded-proto": "https" });
    expect(response.status).toBe(200);
    expectCommonHeaders(response);
    const csp = directives(response.headers.get("content-security-policy"));
    const nonce = csp.get("script-src")?.find((v) => v.startsWith("'nonce-"))?.slice(7, -1);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(csp.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    // Plain http without a trusted proxy: nothing to upgrade, whatever the forwarded header claims.
    expect(csp.has("upgrade-insecure-requests")).toBe(false);

    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(html).not.toMatch(/<style\b(?![^>]*nonce=)/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it("a fresh nonce on every request", async () => {
    const nonceOf = async () => directives((await get("/")).headers.get("content-security-policy")).get("script-src")?.[1];
    const [a, b] = [await nonceOf(), await nonceOf()];
    expect(a).toMatch(/^'nonce-/);
    expect(a).not.toBe(b);
  });

  it("allows the card checkout form to hand over to the Checkout page (the Stripe stand-in here), and nowhere else", async () => {
    const csp = directives((await get("/masuk")).headers.get("content-security-policy"));
    expect(csp.get("form-action")).toEqual(["'self'", new URL(testStack().stripe.url).origin]);
  });

  it("an API answer, success or error, carries the sandboxing file CSP and the common headers", async () => {
    const ok = await get("/api/v1/products");
    expect(ok.status).toBe(200);
    expectCommonHeaders(ok);
    expect(ok.headers.get("content-security-policy")).toBe(FILE_CSP);

    const refused = await get("/api/v1/me");
    expect(refused.status).toBe(401);
    expectCommonHeaders(refused);
    expect(refused.headers.get("content-security-policy")).toBe(FILE_CSP);
  });

  it("the GETs the proxy skips for speed (health, catalog search) answer with the same headers, errors too", async () => {
    for (const [path, status] of [["/api/health", 200], ["/api/v1/products?minPrice=abc", 400], ["/api/v1/products?q=tenun", 200]] as const) {
      const response = await get(path, { "x-forwarded-proto": "https" });
      expect([path, response.status]).toEqual([path, status]);
      expectCommonHeaders(response);
      expect(response.headers.get("content-security-policy")).toBe(FILE_CSP);
    }
  });

  it("a stored photo under /media carries the sandboxing file CSP", async () => {
    const seller = new HttpSession();
    expect((await seller.signIn("penjual@pasarumk.test", testPassword())).hasSession).toBe(true);
    const sql = postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });
    let productId: string;
    try {
      const [row] = await sql`
        SELECT p.id FROM products p JOIN memberships m ON m.business_id = p.business_id JOIN users u ON u.id = m.user_id
        WHERE u.email = 'penjual@pasarumk.test' AND m.role = 'seller' ORDER BY p.created_at LIMIT 1`;
      productId = row!.id as string;
    } finally {
      await sql.end();
    }
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#065f46" } }).png().toBuffer();
    const form = new FormData();
    form.append("photo", new Blob([new Uint8Array(png)], { type: "image/png" }), "kain.png");
    const created = await seller.fetch(`/api/v1/seller/products/${productId}/photos`, { method: "POST", body: form });
    expect(created.status).toBe(201);
    const { photos } = (await created.json()) as { photos: Array<{ thumbnailKey: string }> };

    const photo = await get(`/media/${photos.at(-1)!.thumbnailKey}`);
    expect([photo.status, photo.headers.get("content-type")]).toEqual([200, "image/webp"]);
    expectCommonHeaders(photo);
    expect(photo.headers.get("content-security-policy")).toBe(FILE_CSP);
    expect(photo.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
