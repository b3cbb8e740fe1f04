import { apiRoute } from "@/lib/api/handler";
import { getPurchaseRequest } from "@/lib/services/procurement/get-purchase-request";
import { parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/purchase-requests/{id} — lines with seller snapshots, stored decision, policy version, orders. */
export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => Response.json(await getPurchaseRequest(viewer, parsePathId(params.id))));
