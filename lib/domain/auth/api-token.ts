import { createHash } from "node:crypto";

/** Tokens look like `pumk_<43 base64url chars>`; the prefix makes a leaked token recognisable in logs and scanners. */
export const API_TOKEN_PREFIX = "pumk_";
const TOKEN_SHAPE = /^pumk_[A-Za-z0-9_-]{43}$/;

/** Pure: a token from 32 random bytes (the caller supplies them, so this stays testable). */
export const formatApiToken = (randomBytes: Uint8Array): string => {
  if (randomBytes.length !== 32) throw new Error("an API token needs 32 random bytes");
  return API_TOKEN_PREFIX + Buffer.from(randomBytes).toString("base64url");
};

/** What the database stores: the SHA-256 of the token, never the token itself. */
export const hashApiToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The part shown in lists so a person can tell their tokens apart. */
export const displayPrefix = (token: string) => token.slice(0, API_TOKEN_PREFIX.length + 6);

export type BearerParse = { kind: "none" } | { kind: "token"; token: string } | { kind: "malformed" };

/** Pure: reads an Authorization header. A Bearer header that is not one of our tokens is malformed, not absent. */
export const parseBearer = (header: string | null): BearerParse => {
  if (!header) return { kind: "none" };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return /^Bearer\b/i.test(header) ? { kind: "malformed" } : { kind: "none" };
  return TOKEN_SHAPE.test(match[1]!) ? { kind: "token", token: match[1]! } : { kind: "malformed" };
};

/** Pure: a stored token authenticates while not revoked and not past its expiry. */
export const isTokenUsable = (row: { revokedAt: Date | null; expiresAt: Date | null }, now: Date) =>
  row.revokedAt === null && (row.expiresAt === null || row.expiresAt.getTime() > now.getTime());

/** Pure: last-used is refreshed at most once a minute, so a busy client does not write on every call. */
export const shouldTouchLastUsed = (lastUsedAt: Date | null, now: Date) =>
  lastUsedAt === null || now.getTime() - lastUsedAt.getTime() >= 60_000;
