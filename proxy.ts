import { NextResponse, type NextRequest } from "next/server";
import { isFileResponsePath } from "@/lib/api/security-headers";
import { securityHeadersOf } from "@/lib/api/request-security-headers";
import { hasMalformedPercentEncoding, malformedPathResponse } from "@/lib/api/malformed-path";
import { requestLocale } from "@/lib/api/request-locale";

/** 16 random bytes in base64: unguessable, and within the character set Next accepts for a CSP nonce. */
const createNonce = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));

const withPolicy = (requestHeaders: Headers, policy: string) => {
  const copy = new Headers(requestHeaders);
  copy.set("content-security-policy", policy);
  return copy;
};

/**
 * Security headers on every page, API and media response (decided in lib/api/security-headers.ts). On a page the
 * CSP also goes onto the request: Next reads the nonce from it while rendering and puts it on its own scripts.
 * /api and /media render no page, so they get no nonce and the request goes on unchanged.
 * A path whose percent-encoding does not decode (`/media/%c0`) gets the API's 400 error body here, because Next
 * would decode it before any route runs and answer a bare 500. Neither is an access check: authorization stays
 * in the services.
 */
export function proxy(request: NextRequest) {
  const page = !isFileResponsePath(request.nextUrl.pathname);
  const headers = securityHeadersOf(request, page ? createNonce() : null);
  if (hasMalformedPercentEncoding(new URL(request.url).pathname)) {
    const refused = malformedPathResponse(requestLocale(request));
    for (const [name, value] of Object.entries(headers)) refused.headers.set(name, value);
    return refused;
  }
  const response = page ? NextResponse.next({ request: { headers: withPolicy(request.headers, headers["content-security-policy"]) } }) : NextResponse.next();
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Build output and icons are immutable files of ours: a nonce means nothing to them, and skipping the proxy
  // keeps them cheap to serve. Everything else (pages, /api, /media, robots, manifest) gets the headers.
  // Also skipped: the two hottest public GETs, exact paths without a segment that could be malformed. Running the
  // proxy costs Next ~0.5 ms and a third of the throughput of /api/health (bench/RESULTS.md, request cost); their
  // routes set the same headers themselves (withSecurityHeaders, as every apiRoute does).
  matcher: ["/((?!api/health$|api/v1/products$|_next/static/|_next/image|favicon\\.ico$|icon\\.svg$|apple-icon\\.png$|icon-\\d+\\.png$).*)"],
};
