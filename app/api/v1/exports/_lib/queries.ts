import { listEventsQuerySchema } from "@/lib/validation/events";
import { paymentClockQuerySchema } from "@/lib/validation/payments";
import { complianceSummaryQuerySchema } from "@/lib/validation/procurement";

// The exports take exactly the filters of the JSON endpoints (and pages) they mirror.
export const complianceExportQuerySchema = complianceSummaryQuerySchema;
export const eventsExportQuerySchema = listEventsQuerySchema;
/** The signed-in clock only: the public one has its own JSON endpoint and no orders to export. */
export const paymentClockExportQuerySchema = paymentClockQuerySchema.omit({ public: true });
