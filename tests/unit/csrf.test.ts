import { isSameOriginRequest, type CsrfInput } from "@/lib/api/csrf";

const base: CsrfInput = {
  method: "POST",
  origin: "http://localhost:3000",
  secFetchSite: null,
  host: "localhost:3000",
  forwardedHost: null,
  trustProxy: false,
  publicUrl: "https://pasar.ntbprov.go.id",
  hasBearer: false,
  hasSessionCookie: true,
};
const check = (over: Partial<CsrfInput>) => isSameOriginRequest({ ...base, ...over });

describe("isSameOriginRequest", () => {
  it("allows a cookie POST whose Origin is the addressed host", () => expect(check({})).toBe(true));
  it("refuses another port of the same host", () => expect(check({ origin: "http://localhost:4000" })).toBe(false));
  it("refuses a sibling sub-domain of the same site", () =>
    expect(check({ origin: "https://evil.ntbprov.go.id", host: "pasar.ntbprov.go.id" })).toBe(false));
  it("refuses a scheme-less or opaque Origin unless Sec-Fetch-Site says same-origin", () => {
    expect(check({ origin: "null" })).toBe(false);
    expect(check({ origin: null, secFetchSite: "same-origin" })).toBe(true);
    expect(check({ origin: null, secFetchSite: "cross-site" })).toBe(false);
    expect(check({ origin: null, secFetchSite: "same-site" })).toBe(false);
    expect(check({ origin: null, secFetchSite: null })).toBe(false);
  });
  it("believes X-Forwarded-Host only behind a trusted proxy", () => {
    const proxied = { origin: "https://pasar.example.id", host: "10.0.0.5:3000", forwardedHost: "pasar.example.id" };
    expect(check(proxied)).toBe(false);
    expect(check({ ...proxied, trustProxy: true })).toBe(true);
    expect(check({ ...proxied, forwardedHost: "pasar.example.id, 10.0.0.1", trustProxy: true })).toBe(true);
  });
  it("allows the configured public URL", () => {
    expect(check({ origin: "https://pasar.ntbprov.go.id", host: "10.0.0.5:3000" })).toBe(true);
    expect(check({ origin: "https://pasar.ntbprov.go.id", host: "10.0.0.5:3000", publicUrl: undefined })).toBe(false);
  });
  it("exempts Bearer-token requests from anywhere", () => expect(check({ origin: "https://evil.example", hasBearer: true })).toBe(true));
  it("lets anonymous requests through to the usual 401/403", () =>
    expect(check({ origin: "https://evil.example", hasSessionCookie: false })).toBe(true));
  it("does not check safe methods", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) expect(check({ method, origin: "https://evil.example" })).toBe(true);
    for (const method of ["PUT", "PATCH", "DELETE"]) expect(check({ method, origin: "https://evil.example" })).toBe(false);
  });
});
