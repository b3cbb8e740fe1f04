import { apiRoute } from "@/lib/api/handler";
import { paymentClock } from "@/lib/services/payments";
import { paymentClockQuerySchema } from "@/lib/validation/payments";
import { parseQuery } from "@/lib/validation/procurement";
import { paymentClockCsv } from "../_lib/payment-clock-csv";
import { exportLocale } from "../_lib/locale";
import { csvResponse } from "../_lib/response";

export const dynamic = "force-dynamic";

/** GET /api/v1/exports/payment-clock.csv?fiscalYear=&opdId= — days BAST → paid per OPD, then the overdue orders, as CSV. */
export const GET = apiRoute(async ({ request, viewer }) => {
  const query = parseQuery(paymentClockQuerySchema.omit({ public: true }), request);
  const clock = await paymentClock(viewer, { fiscalYear: query.fiscalYear, opdId: query.opdId });
  const suffix = query.opdId ? `-${query.opdId.slice(0, 8)}` : "";
  return csvResponse(paymentClockCsv(clock, exportLocale(request)), `jam-pembayaran-${query.fiscalYear}${suffix}.csv`);
});
