import { displayPrefix, formatApiToken, hashApiToken, isTokenUsable, parseBearer, shouldTouchLastUsed } from "@/lib/domain/auth/api-token";

const bytes = (fill: number) => new Uint8Array(32).fill(fill);

describe("API tokens (pure)", () => {
  it("formats 32 random bytes as pumk_ + 43 base64url characters", () => {
    const token = formatApiToken(bytes(255));
    expect(token).toMatch(/^pumk_[A-Za-z0-9_-]{43}$/);
    expect(token).toBe(`pumk_${"_".repeat(42)}8`);
    expect(() => formatApiToken(new Uint8Array(16))).toThrow();
  });

  it("stores only a SHA-256 hex digest, different per token", () => {
    const a = hashApiToken(formatApiToken(bytes(1)));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(hashApiToken(formatApiToken(bytes(2))));
    expect(hashApiToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("shows a short prefix", () => {
    expect(displayPrefix(formatApiToken(bytes(0)))).toBe("pumk_AAAAAA");
  });

  it("reads the Authorization header: none, a token, or malformed", () => {
    const token = formatApiToken(bytes(7));
    expect(parseBearer(null)).toEqual({ kind: "none" });
    expect(parseBearer("Basic dXNlcjpwYXNz")).toEqual({ kind: "none" });
    expect(parseBearer(`Bearer ${token}`)).toEqual({ kind: "token", token });
    expect(parseBearer(`bearer  ${token} `)).toEqual({ kind: "token", token });
    expect(parseBearer("Bearer")).toEqual({ kind: "malformed" });
    expect(parseBearer("Bearer not-a-token")).toEqual({ kind: "malformed" });
    expect(parseBearer(`Bearer ${token}x`)).toEqual({ kind: "malformed" });
  });

  it("a token works until revoked or past its expiry (exclusive)", () => {
    const now = new Date("2026-11-27T10:00:00Z");
    expect(isTokenUsable({ revokedAt: null, expiresAt: null }, now)).toBe(true);
    expect(isTokenUsable({ revokedAt: new Date("2026-11-27T09:00:00Z"), expiresAt: null }, now)).toBe(false);
    expect(isTokenUsable({ revokedAt: null, expiresAt: new Date("2026-11-27T10:00:00.001Z") }, now)).toBe(true);
    expect(isTokenUsable({ revokedAt: null, expiresAt: now }, now)).toBe(false);
  });

  it("refreshes last-used at most once a minute", () => {
    const now = new Date("2026-11-27T10:00:00Z");
    expect(shouldTouchLastUsed(null, now)).toBe(true);
    expect(shouldTouchLastUsed(new Date(now.getTime() - 59_999), now)).toBe(false);
    expect(shouldTouchLastUsed(new Date(now.getTime() - 60_000), now)).toBe(true);
  });
});
