/**
 * The security headers of every page, API and media response, pure so each case is unit-tested; proxy.ts only
 * gathers the request facts and copies the result onto the request (for Next's nonce) and the response.
 */
export type SecurityHeadersInput = {
  pathname: string;
  /**
   * A fresh, unguessable base64 value per page request; Next reads it back from the CSP and puts it on its scripts.
   * Null for /api and /media, whose policy allows no script at all.
   */
  nonce: string | null;
  /** `next dev`: React's dev tooling needs eval, and dev CSS arrives as <style> elements without the nonce. */
  isDevelopment: boolean;
  isProduction: boolean;
  /** Whether the browser reached us over https (see isHttpsRequest). */
  isHttps: boolean;
  /** Where the card checkout form is redirected (Stripe Checkout), or null when card payments are off. */
  checkoutOrigin: string | null;
};

export type SecurityHeaders = { "content-security-policy": string } & Record<string, string>;

/** /api and /media are route handlers that answer with data or stored files, never with a page of ours. */
export const isFileResponsePath = (pathname: string) => /^\/(api|media)(\/|$)/.test(pathname);

/**
 * For JSON, exports and uploaded files (photos, certificates, event evidence): nothing in them may load or run
 * anything, and `sandbox` gives a document opened from them an opaque origin, so even a file that a browser
 * somehow rendered as HTML could not script our origin or read its cookies. img-src and inline style are what
 * the browser's own image and PDF viewers use for their wrapper page (Chromium renders PDFs under `sandbox`).
 */
export const FILE_CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

/**
 * Pages: only scripts carrying this request's nonce run, and what they load ('strict-dynamic'), so injected
 * markup cannot run script. 'self' is the fallback for browsers without 'strict-dynamic'.
 * Styles: Tailwind's stylesheet comes from 'self'; a <style> element needs the nonce. No page renders a style
 * attribute (layouts are classes, print rules live in globals.css), so 'unsafe-inline' is not granted even for
 * attributes: an injected style attribute would be refused, and a future one shows up as a violation in e2e.
 */
export const pageContentSecurityPolicy = (input: SecurityHeadersInput): string => {
  if (input.nonce === null) throw new Error(`a page needs a nonce: ${input.pathname}`);
  const nonce = `'nonce-${input.nonce}'`;
  const directives = [
    // First, because Next takes the nonce from the first directive starting with "script-src".
    `script-src 'self' ${nonce} 'strict-dynamic'${input.isDevelopment ? " 'unsafe-eval'" : ""}`,
    "default-src 'self'",
    input.isDevelopment ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' ${nonce}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    // Without JavaScript the card checkout form's action answers with a redirect to Stripe, which form-action governs.
    `form-action 'self'${input.checkoutOrigin ? ` ${input.checkoutOrigin}` : ""}`,
    "frame-ancestors 'none'",
    ...(input.isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
};

/** Nothing here uses sensors, the camera (photo upload is a file input), payment APIs or ad topics. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "usb=()",
].join(", ");

/** Two years; browsers honour it only when received over https, and we send it only then. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export const securityHeaders = (input: SecurityHeadersInput): SecurityHeaders => ({
  "content-security-policy": isFileResponsePath(input.pathname) ? FILE_CONTENT_SECURITY_POLICY : pageContentSecurityPolicy(input),
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
  "permissions-policy": PERMISSIONS_POLICY,
  ...(input.isProduction && input.isHttps ? { "strict-transport-security": STRICT_TRANSPORT_SECURITY } : {}),
});

/**
 * `next start` speaks plain http, so https is known only from the proxy in front of it. X-Forwarded-Proto is
 * believed only behind a trusted proxy (TRUSTED_PROXIES), like X-Forwarded-Host for CSRF; its first value is
 * the one the outermost proxy saw. Next fills the header in itself when absent, so it proves nothing alone.
 */
export const isHttpsRequest = (input: { forwardedProto: string | null; trustProxy: boolean }): boolean =>
  input.trustProxy && input.forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
