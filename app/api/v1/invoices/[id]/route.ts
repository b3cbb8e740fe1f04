import { apiRoute } from "@/lib/api/handler";
import { getInvoice } from "@/lib/services/payments";
import { parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/invoices/{id} — one BAST's invoice with seller, OPD, BAST and lines (every party of the order). */
export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => Response.json(await getInvoice(viewer, parsePathId(params.id))));
