import "server-only";
import type { NextRequest } from "next/server";
import { viewer } from "@/lib/auth/viewer";
import type { Viewer } from "@/lib/domain/auth/roles";
import { isSameOriginRequest } from "@/lib/api/csrf";
import { env, trustsProxy } from "@/lib/env";
import { AppError, toHttpResponse } from "@/lib/errors";
import { requestLocale } from "./request-locale";
import { withSecurityHeaders } from "./request-security-headers";
import { viewerFromAuthorization } from "@/lib/services/api-tokens";

export { requestLocale } from "./request-locale";

type Handler<P> = (input: { request: NextRequest; viewer: Viewer | null; params: P }) => Promise<Response>;

/** next-auth's session cookie, plain or __Secure- prefixed (and chunked: .0, .1). */
const hasSessionCookie = (request: Request) => /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/.test(request.headers.get("cookie") ?? "");

/**
 * A Bearer API token when the request sends one, else the next-auth session cookie. Without that cookie there is
 * no session to read: anonymous calls (most public GETs) skip next-auth's session handler altogether.
 */
const requestViewer = async (request: Request) =>
  (await viewerFromAuthorization(request.headers.get("authorization"))) ?? (hasSessionCookie(request) ? await viewer() : null);

/** 403 csrf_rejected for a cookie-authenticated write from another origin (decision in lib/api/csrf.ts). */
const assertSameOrigin = (request: Request) => {
  const h = request.headers;
  const allowed = isSameOriginRequest({
    method: request.method,
    origin: h.get("origin"),
    secFetchSite: h.get("sec-fetch-site"),
    host: h.get("host"),
    forwardedHost: h.get("x-forwarded-host"),
    trustProxy: trustsProxy(),
    publicUrl: env().NEXTAUTH_URL,
    hasBearer: /^bearer\s/i.test(h.get("authorization") ?? ""),
    hasSessionCookie: hasSessionCookie(request),
  });
  if (!allowed) throw new AppError("csrf_rejected");
};

/**
 * The one wrapper for API route handlers: refuses cross-origin cookie writes (CSRF), resolves the viewer (roles fresh from the database), turns
 * every thrown error into the `{"error":{code,message,details}}` shape and sets the security headers. Permissions stay in services.
 */
export const apiRoute =
  <P = Record<string, never>>(handler: Handler<P>) =>
  async (request: NextRequest, context: { params: Promise<P> }) => {
    let response: Response;
    try {
      assertSameOrigin(request);
      response = await handler({ request, viewer: await requestViewer(request), params: await context.params });
    } catch (error) {
      response = toHttpResponse(error, requestLocale(request));
    }
    return withSecurityHeaders(request, response);
  };
