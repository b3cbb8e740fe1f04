import { apiRoute } from "@/lib/api/handler";
import { getMe } from "@/lib/services/procurement/get-me";

export const dynamic = "force-dynamic";

/** GET /api/v1/me — the signed-in user, roles and scoped memberships (401 when anonymous). */
export const GET = apiRoute(async ({ viewer }) => Response.json(getMe(viewer)));
