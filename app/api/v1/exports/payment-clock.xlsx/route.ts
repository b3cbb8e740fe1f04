import { apiRoute } from "@/lib/api/handler";
import { loadPaymentClockExport } from "../_lib/load-exports";
import { xlsxResponse } from "../_lib/response";

export const dynamic = "force-dynamic";

/** GET /api/v1/exports/payment-clock.xlsx?fiscalYear=&opdId= — days BAST → paid per OPD, then the overdue orders, as XLSX with typed cells (same columns as the CSV). */
export const GET = apiRoute(async ({ request, viewer }) => xlsxResponse(await loadPaymentClockExport(request, viewer)));
