import { apiRoute } from "@/lib/api/handler";
import { listBudgetLines } from "@/lib/services/procurement/list-budget-lines";
import { budgetLinesQuerySchema, parseQuery } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/budget-lines — the viewer's OPD lines (buyer/approver/treasurer) or region's (auditor/admin). */
export const GET = apiRoute(async ({ request, viewer }) => Response.json(await listBudgetLines(viewer, parseQuery(budgetLinesQuerySchema, request))));
