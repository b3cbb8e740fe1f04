import { clientAddress, parseTrustedProxies } from "@/lib/domain/auth/client-address";
import { isSignUpThrottled, normalizeEmail, signInRetryAfter, throttleWindowStart, UNKNOWN_IP } from "@/lib/domain/auth/sign-in-policy";

const limits = { windowMinutes: 15, freeFailures: 5, clientFreeFailures: 20, baseDelaySeconds: 2, maxDelaySeconds: 900 };
const now = new Date("2026-06-01T02:00:00Z");
const ago = (s: number) => new Date(now.getTime() - s * 1000);
const none = { count: 0, lastAt: null };

describe("sign-in throttle", () => {
  it("lets the first failures through, then doubles the wait after the last one, capped", () => {
    expect(signInRetryAfter({ pair: { count: 4, lastAt: ago(0) }, client: none }, limits, "10.0.0.1", now)).toBe(0);
    expect(signInRetryAfter({ pair: { count: 5, lastAt: ago(0) }, client: none }, limits, "10.0.0.1", now)).toBe(2);
    expect(signInRetryAfter({ pair: { count: 7, lastAt: ago(3) }, client: none }, limits, "10.0.0.1", now)).toBe(5);
    expect(signInRetryAfter({ pair: { count: 40, lastAt: ago(0) }, client: none }, limits, "10.0.0.1", now)).toBe(900);
    expect(signInRetryAfter({ pair: { count: 7, lastAt: ago(60) }, client: none }, limits, "10.0.0.1", now)).toBe(0);
  });
  it("never slows the owner on another client: only that client's own failures count", () => {
    // The attacker's pair is slowed; the owner's pair (other address, no failures) is not.
    expect(signInRetryAfter({ pair: { count: 30, lastAt: ago(0) }, client: { count: 30, lastAt: ago(0) } }, limits, "203.0.113.66", now)).toBeGreaterThan(0);
    expect(signInRetryAfter({ pair: none, client: none }, limits, "198.51.100.7", now)).toBe(0);
  });
  it("slows a client failing on many accounts, but never lumps unknown clients together", () => {
    expect(signInRetryAfter({ pair: { count: 1, lastAt: ago(0) }, client: { count: 20, lastAt: ago(0) } }, limits, "10.0.0.9", now)).toBe(2);
    expect(signInRetryAfter({ pair: { count: 1, lastAt: ago(0) }, client: { count: 500, lastAt: ago(0) } }, limits, UNKNOWN_IP, now)).toBe(0);
  });
  it("counts from the window start and compares emails case-insensitively", () => {
    expect(throttleWindowStart(now, limits).toISOString()).toBe("2026-06-01T01:45:00.000Z");
    expect(normalizeEmail("  PPK@PasarUMK.test ")).toBe("ppk@pasarumk.test");
  });
});

describe("client address", () => {
  it("is the socket peer unless proxies are trusted: a forged X-Forwarded-For changes nothing", () => {
    expect(clientAddress({ peer: "203.0.113.5", forwardedFor: "1.2.3.4", trusted: parseTrustedProxies(undefined) })).toBe("203.0.113.5");
    expect(clientAddress({ peer: "::ffff:203.0.113.5", forwardedFor: null, trusted: parseTrustedProxies("") })).toBe("203.0.113.5");
    expect(clientAddress({ peer: null, forwardedFor: "1.2.3.4", trusted: parseTrustedProxies(undefined) })).toBeNull();
  });
  it("behind one trusted proxy takes the entry it appended; forged entries further left are ignored", () => {
    const one = parseTrustedProxies("1");
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor: "198.51.100.7", trusted: one })).toBe("198.51.100.7");
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor: "6.6.6.6, 198.51.100.7", trusted: one })).toBe("198.51.100.7");
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor: null, trusted: one })).toBe("10.0.0.2");
  });
  it("behind two proxies, or proxies named by address, walks back over the trusted hops", () => {
    expect(clientAddress({ peer: "10.0.0.3", forwardedFor: "6.6.6.6, 198.51.100.7, 10.0.0.2", trusted: parseTrustedProxies("2") })).toBe("198.51.100.7");
    const listed = parseTrustedProxies("10.0.0.2, 10.0.0.3");
    expect(listed).toEqual({ kind: "addresses", addresses: ["10.0.0.2", "10.0.0.3"] });
    expect(clientAddress({ peer: "10.0.0.3", forwardedFor: "6.6.6.6, 198.51.100.7, 10.0.0.2", trusted: listed })).toBe("198.51.100.7");
    // An untrusted peer is the client, whatever it claims.
    expect(clientAddress({ peer: "203.0.113.9", forwardedFor: "198.51.100.7", trusted: listed })).toBe("203.0.113.9");
    expect(parseTrustedProxies("0")).toEqual({ kind: "none" });
  });
});

describe("sign-up throttle", () => {
  it("blocks an address at exactly its hourly limit, never the unknown bucket", () => {
    expect(isSignUpThrottled(4, 5, "10.0.0.1")).toBe(false);
    expect(isSignUpThrottled(5, 5, "10.0.0.1")).toBe(true);
    expect(isSignUpThrottled(500, 5, UNKNOWN_IP)).toBe(false);
  });
});
