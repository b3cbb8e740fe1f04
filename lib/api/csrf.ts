/**
 * The CSRF decision for a request, pure so every case is unit-tested. SameSite=Lax cookies still ride along on
 * requests from another port or a sibling sub-domain (same *site*), so origin — not site — is what we compare;
 * this is the check Next.js makes for server actions, extended with the configured public URL.
 */
export type CsrfInput = {
  method: string;
  origin: string | null;
  secFetchSite: string | null;
  host: string | null;
  forwardedHost: string | null;
  /** Whether X-Forwarded-Host comes from a proxy we trust (TRUSTED_PROXIES is set); otherwise anyone can send it. */
  trustProxy: boolean;
  publicUrl: string | null | undefined;
  hasBearer: boolean;
  hasSessionCookie: boolean;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const hostOf = (url: string | null | undefined): string | null => {
  if (!url) return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
};

/** True when the request may proceed: safe method, Bearer or anonymous, or addressed from its own origin. */
export const isSameOriginRequest = (input: CsrfInput): boolean => {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return true;
  // A Bearer token is not sent by a browser on its own, and an anonymous request has no ambient authority.
  if (input.hasBearer || !input.hasSessionCookie) return true;
  const origin = input.origin && input.origin !== "null" ? hostOf(input.origin) : null;
  if (!origin) return input.secFetchSite === "same-origin";
  // Behind a trusted proxy the first X-Forwarded-Host is what the browser addressed; Host is the proxy's hop.
  const forwarded = input.trustProxy ? input.forwardedHost?.split(",")[0]?.trim().toLowerCase() || null : null;
  const addressed = forwarded ?? input.host?.toLowerCase() ?? null;
  return origin === addressed || origin === hostOf(input.publicUrl);
};
