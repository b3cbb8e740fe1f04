import "server-only";
import type { Viewer } from "@/lib/domain/auth/roles";
import { listEvents } from "@/lib/services/events";
import { paymentClock } from "@/lib/services/payments";
import { complianceSummary, listComplianceRequests } from "@/lib/services/procurement/compliance-summary";
import { listEventsQuerySchema } from "@/lib/validation/events";
import { paymentClockQuerySchema } from "@/lib/validation/payments";
import { complianceSummaryQuerySchema, parseQuery } from "@/lib/validation/procurement";
import { complianceRequestsTables } from "./compliance-requests-csv";
import { complianceSummaryTables } from "./compliance-summary-csv";
import { eventsTables } from "./events-csv";
import { exportLocale } from "./locale";
import { paymentClockTables } from "./payment-clock-csv";
import type { ExportFile } from "./response";

// Each export loads its figures once, here, for its .csv and .xlsx routes alike: same query, same permission checks.

type Load = (request: Request, viewer: Viewer | null) => Promise<ExportFile>;

/** ?fiscalYear=&opdId= — the compliance summary, a totals line last. */
export const loadComplianceSummaryExport: Load = async (request, viewer) => {
  const query = parseQuery(complianceSummaryQuerySchema, request);
  const summary = await complianceSummary(viewer, query);
  const locale = exportLocale(request);
  return { tables: complianceSummaryTables(summary, locale), baseName: `kepatuhan-umk-${query.fiscalYear}`, title: `Kepatuhan UMK ${query.fiscalYear}` };
};

/** ?fiscalYear=&opdId= — every request behind the spending. */
export const loadComplianceRequestsExport: Load = async (request, viewer) => {
  const query = parseQuery(complianceSummaryQuerySchema, request);
  // The summary names the same readable OPDs (same permission check) the requests refer to by id.
  const [summary, requests] = await Promise.all([complianceSummary(viewer, query), listComplianceRequests(viewer, query)]);
  const opdNames = new Map(summary.opds.map((o) => [o.opdId, o.name]));
  const suffix = query.opdId ? `-${query.opdId.slice(0, 8)}` : "";
  return { tables: complianceRequestsTables(requests, opdNames, exportLocale(request)), baseName: `kepatuhan-permintaan-${query.fiscalYear}${suffix}`, title: `Permintaan ${query.fiscalYear}` };
};

/** ?fiscalYear=&opdId= — days BAST → paid per OPD, then the overdue orders. */
export const loadPaymentClockExport: Load = async (request, viewer) => {
  const query = parseQuery(paymentClockQuerySchema.omit({ public: true }), request);
  const clock = await paymentClock(viewer, { fiscalYear: query.fiscalYear, opdId: query.opdId });
  const suffix = query.opdId ? `-${query.opdId.slice(0, 8)}` : "";
  return { tables: paymentClockTables(clock, exportLocale(request)), baseName: `jam-pembayaran-${query.fiscalYear}${suffix}`, title: `Jam pembayaran ${query.fiscalYear}` };
};

/** ?fiscalYear=&opdId=&status=&compliance=&from=&to= — the events list. */
export const loadEventsExport: Load = async (request, viewer) => {
  const query = parseQuery(listEventsQuerySchema, request);
  const events = await listEvents(viewer, query);
  const baseName = ["kegiatan", query.fiscalYear, query.opdId?.slice(0, 8), query.from, query.to].filter(Boolean).join("-");
  return { tables: eventsTables(events, exportLocale(request)), baseName, title: `Kegiatan ${query.fiscalYear}` };
};
