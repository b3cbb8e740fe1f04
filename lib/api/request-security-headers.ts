import type { NextRequest } from "next/server";
import { env, trustsProxy } from "@/lib/env";
import { checkoutOrigin } from "@/lib/payments/card-payments";
import { isFileResponsePath, isHttpsRequest, securityHeaders, type SecurityHeaders } from "./security-headers";

/** This request's security headers: lib/api/security-headers.ts decides, this gathers the request's facts. */
export const securityHeadersOf = (request: NextRequest, nonce: string | null): SecurityHeaders => {
  const e = env();
  return securityHeaders({
    pathname: request.nextUrl.pathname,
    nonce,
    isDevelopment: e.NODE_ENV === "development",
    isProduction: e.NODE_ENV === "production",
    isHttps: isHttpsRequest({ forwardedProto: request.headers.get("x-forwarded-proto"), trustProxy: trustsProxy() }),
    checkoutOrigin: checkoutOrigin(),
  });
};

/**
 * An API answer with its security headers, set by the route itself: the same ones proxy.ts sets, so an API path
 * the proxy skips for speed (its matcher in proxy.ts) is answered exactly as the others. A route under a page path
 * (the storefront poster, the seller's certificate upload) keeps what the proxy set: the proxy always runs
 * there, and a page's CSP needs the nonce only the proxy has.
 */
export const withSecurityHeaders = (request: NextRequest, response: Response): Response => {
  if (!isFileResponsePath(request.nextUrl.pathname)) return response;
  for (const [name, value] of Object.entries(securityHeadersOf(request, null))) response.headers.set(name, value);
  return response;
};
