import { clientIpFromForwardedFor, isSignInThrottled, isSignUpThrottled, normalizeEmail, throttleWindowStart, UNKNOWN_IP } from "@/lib/domain/auth/sign-in-policy";

const limits = { maxFailures: 10, windowMinutes: 15 };

describe("sign-in throttle", () => {
  it("blocks at exactly the 10th failure per email or per address", () => {
    expect(isSignInThrottled({ byEmail: 9, byIp: 9 }, limits, "10.0.0.1")).toBe(false);
    expect(isSignInThrottled({ byEmail: 10, byIp: 0 }, limits, "10.0.0.1")).toBe(true);
    expect(isSignInThrottled({ byEmail: 0, byIp: 10 }, limits, "10.0.0.1")).toBe(true);
  });
  it("ignores the address bucket when the address is unknown", () => {
    expect(isSignInThrottled({ byEmail: 0, byIp: 50 }, limits, UNKNOWN_IP)).toBe(false);
    expect(isSignInThrottled({ byEmail: 10, byIp: 0 }, limits, UNKNOWN_IP)).toBe(true);
  });
  it("starts the window 15 minutes back and normalizes emails", () => {
    expect(throttleWindowStart(new Date("2026-11-27T10:15:00Z"), limits).toISOString()).toBe("2026-11-27T10:00:00.000Z");
    expect(normalizeEmail("  Pembeli@PasarUMK.test ")).toBe("pembeli@pasarumk.test");
  });
});

describe("client address and sign-up throttle", () => {
  it("takes the rightmost X-Forwarded-For entry (the one our proxy appended)", () => {
    expect(clientIpFromForwardedFor("203.0.113.9, 10.0.0.2")).toBe("10.0.0.2");
    expect(clientIpFromForwardedFor(" 198.51.100.7 ")).toBe("198.51.100.7");
    expect(clientIpFromForwardedFor("")).toBe(UNKNOWN_IP);
    expect(clientIpFromForwardedFor(null)).toBe(UNKNOWN_IP);
    expect(clientIpFromForwardedFor(["a"])).toBe(UNKNOWN_IP);
  });
  it("blocks an address at exactly its hourly limit, never the unknown bucket", () => {
    expect(isSignUpThrottled(4, 5, "10.0.0.1")).toBe(false);
    expect(isSignUpThrottled(5, 5, "10.0.0.1")).toBe(true);
    expect(isSignUpThrottled(500, 5, UNKNOWN_IP)).toBe(false);
  });
});
