import { apiRoute } from "@/lib/api/handler";
import { getOrder } from "@/lib/services/procurement/get-order";
import { parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/orders/{id} — the order for every party: lines, BAST, timeline (invoice/payments from the payments work). */
export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => Response.json(await getOrder(viewer, parsePathId(params.id))));
