import { apiRoute } from "@/lib/api/handler";
import { loadPaymentClockExport } from "../_lib/load-exports";
import { csvFileResponse } from "../_lib/response";

export const dynamic = "force-dynamic";

/** GET /api/v1/exports/payment-clock.csv?fiscalYear=&opdId= — days BAST → paid per OPD, then the overdue orders, as CSV. */
export const GET = apiRoute(async ({ request, viewer }) => csvFileResponse(await loadPaymentClockExport(request, viewer)));
