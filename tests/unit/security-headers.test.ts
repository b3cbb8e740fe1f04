import {
  FILE_CONTENT_SECURITY_POLICY,
  isFileResponsePath,
  isHttpsRequest,
  securityHeaders,
  type SecurityHeadersInput,
} from "@/lib/api/security-headers";

const base: SecurityHeadersInput = {
  pathname: "/katalog",
  nonce: "bm9uY2Utb2YtdGhpcy1yZXE=",
  isDevelopment: false,
  isProduction: true,
  isHttps: false,
  checkoutOrigin: null,
};
const headersFor = (over: Partial<SecurityHeadersInput>) => securityHeaders({ ...base, ...over });

/** directive name → its sources, in order. */
const directivesOf = (csp: string) => new Map(csp.split("; ").map((d) => d.split(" ")).map(([name, ...values]) => [name!, values]));
const pageCsp = (over: Partial<SecurityHeadersInput> = {}) => directivesOf(headersFor(over)["content-security-policy"]);

describe("page Content-Security-Policy", () => {
  it("runs only scripts with this request's nonce (and what they load); no inline script, no eval in production", () => {
    const csp = pageCsp();
    expect(csp.get("script-src")).toEqual(["'self'", `'nonce-${base.nonce}'`, "'strict-dynamic'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-inline'");
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("puts script-src first, where Next looks for the nonce", () =>
    expect(headersFor({})["content-security-policy"].startsWith(`script-src 'self' 'nonce-${base.nonce}'`)).toBe(true));

  it("needs the nonce for <style> elements too; Tailwind's stylesheet comes from 'self'", () =>
    expect(pageCsp().get("style-src")).toEqual(["'self'", `'nonce-${base.nonce}'`]));

  it("forbids framing, plugins, <base> and loading from anywhere but us", () => {
    const csp = pageCsp();
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    for (const name of ["default-src", "img-src", "font-src", "connect-src"]) expect(csp.get(name)).toEqual(["'self'"]);
  });

  it("lets forms post to us only, and to the Checkout origin when card payments are on", () => {
    expect(pageCsp().get("form-action")).toEqual(["'self'"]);
    expect(pageCsp({ checkoutOrigin: "https://checkout.stripe.com" }).get("form-action")).toEqual(["'self'", "https://checkout.stripe.com"]);
  });

  it("upgrades stray http sub-requests only when the page itself came over https", () => {
    expect(pageCsp().has("upgrade-insecure-requests")).toBe(false);
    expect(pageCsp({ isHttps: true }).has("upgrade-insecure-requests")).toBe(true);
  });

  it("in `next dev` allows eval and un-nonced dev <style> elements, which React's and Next's dev tooling need", () => {
    const csp = pageCsp({ isDevelopment: true, isProduction: false });
    expect(csp.get("script-src")).toEqual(["'self'", `'nonce-${base.nonce}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe("file Content-Security-Policy (/api, /media)", () => {
  it.each(["/api/v1/products", "/api/auth/session", "/media/products/a/b.webp", "/media/documents/x.pdf", "/api", "/media"])("%s gets it", (pathname) =>
    expect(headersFor({ pathname })["content-security-policy"]).toBe(FILE_CONTENT_SECURITY_POLICY));

  it.each(["/", "/katalog", "/apiary", "/mediasi", "/produk/api"])("%s is a page", (pathname) => {
    expect(isFileResponsePath(pathname)).toBe(false);
    expect(headersFor({ pathname })["content-security-policy"]).toContain(`'nonce-${base.nonce}'`);
  });

  it("loads and runs nothing, and sandboxes whatever a browser renders from it", () => {
    const csp = directivesOf(FILE_CONTENT_SECURITY_POLICY);
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.has("script-src")).toBe(false);
    expect(csp.get("sandbox")).toEqual([]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("does not depend on the nonce, the environment or the scheme", () =>
    expect(headersFor({ pathname: "/media/x.png", isDevelopment: true, isHttps: true, nonce: "b3RoZXI=" })["content-security-policy"]).toBe(FILE_CONTENT_SECURITY_POLICY));
});

describe("the other headers", () => {
  it.each(["/katalog", "/api/v1/me", "/media/products/a.jpg"])("%s: no framing, strict referrer, no sniffing, no powerful features", (pathname) => {
    const headers = headersFor({ pathname });
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["permissions-policy"]!.split(", ")).toEqual(expect.arrayContaining(["camera=()", "microphone=()", "geolocation=()", "payment=()"]));
  });

  it("sends HSTS only in production over https", () => {
    expect(headersFor({ isProduction: true, isHttps: true })["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(headersFor({ isProduction: true, isHttps: false })).not.toHaveProperty("strict-transport-security");
    expect(headersFor({ isProduction: false, isDevelopment: true, isHttps: true })).not.toHaveProperty("strict-transport-security");
  });
});

describe("isHttpsRequest", () => {
  it("believes X-Forwarded-Proto only behind a trusted proxy", () => {
    expect(isHttpsRequest({ forwardedProto: "https", trustProxy: true })).toBe(true);
    expect(isHttpsRequest({ forwardedProto: "https", trustProxy: false })).toBe(false);
  });
  it("takes the first value, as the outermost proxy set it", () => {
    expect(isHttpsRequest({ forwardedProto: "HTTPS, http", trustProxy: true })).toBe(true);
    expect(isHttpsRequest({ forwardedProto: "http, https", trustProxy: true })).toBe(false);
  });
  it("is http without the header", () => expect(isHttpsRequest({ forwardedProto: null, trustProxy: true })).toBe(false));
});
