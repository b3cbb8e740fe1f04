import { apiRoute } from "@/lib/api/handler";
import { complianceSummary } from "@/lib/services/procurement/compliance-summary";
import { complianceSummaryQuerySchema, parseQuery } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/compliance/summary?fiscalYear=YYYY&opdId= — per-OPD UMK/local shares from order-line snapshots. */
export const GET = apiRoute(async ({ request, viewer }) => Response.json(await complianceSummary(viewer, parseQuery(complianceSummaryQuerySchema, request))));
