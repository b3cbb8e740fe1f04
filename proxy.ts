import { NextResponse, type NextRequest } from "next/server";
import { isHttpsRequest, securityHeaders } from "@/lib/api/security-headers";
import { env, trustsProxy } from "@/lib/env";
import { checkoutOrigin } from "@/lib/payments/card-payments";
import { hasMalformedPercentEncoding, malformedPathResponse } from "@/lib/api/malformed-path";
import { requestLocale } from "@/lib/api/request-locale";

/** 16 random bytes in base64: unguessable, and within the character set Next accepts for a CSP nonce. */
const createNonce = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));

/**
 * Security headers on every page, API and media response (decided in lib/api/security-headers.ts). The CSP also
 * goes onto the request: Next reads the nonce from it while rendering and puts it on its own scripts.
 * A path whose percent-encoding does not decode (`/media/%c0`) gets the API's 400 error body here, because Next
 * would decode it before any route runs and answer a bare 500. Neither is an access check: authorization stays
 * in the services.
 */
export function proxy(request: NextRequest) {
  const e = env();
  const headers = securityHeaders({
    pathname: request.nextUrl.pathname,
    nonce: createNonce(),
    isDevelopment: e.NODE_ENV === "development",
    isProduction: e.NODE_ENV === "production",
    isHttps: isHttpsRequest({ forwardedProto: request.headers.get("x-forwarded-proto"), trustProxy: trustsProxy() }),
    checkoutOrigin: checkoutOrigin(),
  });
  if (hasMalformedPercentEncoding(new URL(request.url).pathname)) {
    const refused = malformedPathResponse(requestLocale(request));
    for (const [name, value] of Object.entries(headers)) refused.headers.set(name, value);
    return refused;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", headers["content-security-policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Build output and icons are immutable files of ours: a nonce means nothing to them, and skipping the proxy
  // keeps them cheap to serve. Everything else (pages, /api, /media, robots, manifest) gets the headers.
  matcher: ["/((?!_next/static/|_next/image|favicon\\.ico$|icon\\.svg$|apple-icon\\.png$|icon-\\d+\\.png$).*)"],
};
