import { apiRoute } from "@/lib/api/handler";
import { acceptOrder } from "@/lib/services/procurement/accept-order";
import { parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/orders/{id}/accept — the seller accepts a placed order. */
export const POST = apiRoute<{ id: string }>(async ({ viewer, params }) => Response.json(await acceptOrder(viewer, parsePathId(params.id))));
