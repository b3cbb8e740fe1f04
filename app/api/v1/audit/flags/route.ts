import { apiRoute } from "@/lib/api/handler";
import { listRedFlags } from "@/lib/services/flags/list-red-flags";
import { listRedFlagsQuerySchema } from "@/lib/validation/flags";
import { parseQuery } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/audit/flags?year=&kind=&opd=&reviewed= — the fiscal year's red flags, recomputed, with their reviews. */
export const GET = apiRoute(async ({ request, viewer }) => Response.json(await listRedFlags(viewer, parseQuery(listRedFlagsQuerySchema, request))));
