import { apiRoute } from "@/lib/api/handler";
import { listTreasuryQueue } from "@/lib/services/payments";
import { treasuryQueueQuerySchema } from "@/lib/validation/payments";
import { parseQuery } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/treasury/queue?opdId= — the treasurer's received orders awaiting payment, oldest BAST first. */
export const GET = apiRoute(async ({ request, viewer }) => Response.json(await listTreasuryQueue(viewer, parseQuery(treasuryQueueQuerySchema, request))));
