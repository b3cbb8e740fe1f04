import { apiRoute } from "@/lib/api/handler";
import { unsubscribeByToken } from "@/lib/services/notifications/preferences";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/notifications/unsubscribe?token= — RFC 8058 one-click unsubscribe, sent by mail clients from the
 * List-Unsubscribe header with no session; the signed token is the authority. Only POST: link scanners GET.
 */
export const POST = apiRoute(async ({ request }) => Response.json(await unsubscribeByToken(new URL(request.url).searchParams.get("token") ?? "")));
