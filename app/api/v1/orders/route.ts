import { apiRoute } from "@/lib/api/handler";
import { listOrders } from "@/lib/services/procurement/list-orders";
import { listOrdersQuerySchema, parseQuery } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/orders?status= — orders the caller is a party to (seller's business, buyer/PPK/treasurer's OPD). */
export const GET = apiRoute(async ({ request, viewer }) => Response.json(await listOrders(viewer, { statuses: parseQuery(listOrdersQuerySchema, request).status })));
