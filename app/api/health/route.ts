import type { NextRequest } from "next/server";
import { withSecurityHeaders } from "@/lib/api/request-security-headers";
import { checkHealth } from "@/lib/services/system/check-health";

export const dynamic = "force-dynamic";

/** Liveness for monitors; outside apiRoute (no viewer, no CSRF), with the same security headers. */
export const GET = async (request: NextRequest) => {
  const health = await checkHealth();
  return withSecurityHeaders(request, Response.json(health, { status: health.ok ? 200 : 503 }));
};
