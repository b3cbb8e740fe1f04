import { NextResponse, type NextRequest } from "next/server";
import { hasMalformedPercentEncoding, malformedPathResponse } from "@/lib/api/malformed-path";
import { requestLocale } from "@/lib/api/request-locale";

/**
 * Input hygiene only (never a security boundary): a path whose percent-encoding does not decode (`/media/%c0`)
 * gets the API's 400 error body here, because Next would decode it before any route runs and answer a bare 500.
 */
export function proxy(request: NextRequest) {
  if (hasMalformedPercentEncoding(new URL(request.url).pathname)) return malformedPathResponse(requestLocale(request));
  return NextResponse.next();
}

// Next's own build assets never carry user input.
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
