import { listEventsQuerySchema } from "@/lib/validation/events";
import { paymentClockQuerySchema } from "@/lib/validation/payments";
import { complianceSummaryQuerySchema } from "@/lib/validation/procurement";
import { errorResponse, queryParameters, type OpenApiFeature } from "./registry";

// CSV downloads for auditors, mirroring JSON endpoints: same query, same permission (the same service decides).

const FORMAT =
  "RFC 4180 CSV in UTF-8 with a byte-order mark and CRLF line ends. Amounts are whole rupiah without separators (Rp 1.500.000 → 1500000); shares are dot decimals with four places, truncated (0.4123 = 41.23 %); instants are ISO 8601 UTC with a WITA (UTC+8) `YYYY-MM-DD HH:mm` column beside them. Text cells starting with = + - @ TAB or CR get a leading apostrophe so a spreadsheet never runs them as a formula. Headers and labels (status, type, yes/no, each finding's rule named in words) are written for people, in one language: `lang=id|en` if given (the audit pages always pass the UI's language, so the file says what the page said), else the UI's language cookie, else `Accept-Language: en` for English, else Bahasa Indonesia. A script that parses these files should pass `lang` to pin the headers; the JSON endpoint each file mirrors is the stable machine format (field names and rule codes that never change with language).";

/** `lang`, read by the route (not by the mirrored JSON endpoint's schema), so documented here once for every file. */
const langParameter = {
  name: "lang",
  in: "query",
  required: false,
  description: "Language of the headers and labels: `id` (Bahasa Indonesia) or `en`. Without it: the UI's language cookie, then Accept-Language, then Bahasa Indonesia.",
  schema: { type: "string", enum: ["id", "en"] },
};

const required = (name: string) => (p: { name: string }) => (p.name === name ? { ...p, required: true } : p);

const csvOk = (what: string, fileName: string) => ({
  description: what,
  headers: {
    "Content-Disposition": { description: `\`attachment; filename="${fileName}"\`.`, schema: { type: "string" } },
    "Cache-Control": { description: "`private, no-store`: the figures are scoped to the caller.", schema: { type: "string" } },
  },
  content: { "text/csv": { schema: { type: "string" } } },
});

const common = {
  "400": errorResponse("An invalid parameter (JSON error body)."),
  "401": errorResponse("Not signed in."),
  "403": errorResponse("The caller's roles do not allow reading these figures (e.g. a seller)."),
};

export const exportsFeature: OpenApiFeature = {
  tags: [{ name: "Exports", description: `CSV files an auditor opens in Excel or LibreOffice. ${FORMAT}` }],
  paths: {
    "/api/v1/exports/compliance-summary.csv": {
      get: {
        tags: ["Exports"], operationId: "exportComplianceSummaryCsv", summary: "Compliance summary per OPD as CSV, with a totals line",
        description:
          "The rows of GET /api/v1/compliance/summary (compliance.read: auditor/admin region-wide, approver own OPD): OPD, total, UMK amount and share, local amount and share, exceptions, UMK share target and whether it is met, the events' count, total, local-UMK amount and share, overdue payments, OPD id. The last line sums every amount and count and recomputes the shares from those sums; its target is shown only when every OPD has the same one.",
        parameters: [...queryParameters(complianceSummaryQuerySchema).map(required("fiscalYear")), langParameter],
        responses: { "200": csvOk("One line per readable OPD, then the totals line.", "kepatuhan-umk-YYYY.csv"), ...common },
      },
    },
    "/api/v1/exports/compliance-requests.csv": {
      get: {
        tags: ["Exports"], operationId: "exportComplianceRequestsCsv", summary: "Every request behind the spending of the year as CSV",
        description:
          "The auditor's drill-down (compliance.read): per purchase request whose orders count as spending in the fiscal year — number, OPD, purpose, status, submitted and approved (UTC and WITA), ordered total, UMK and local amounts and shares, justification code, label and text, and the policy version it was decided under.",
        parameters: [...queryParameters(complianceSummaryQuerySchema).map(required("fiscalYear")), langParameter],
        responses: { "200": csvOk("One line per request, oldest approval first.", "kepatuhan-permintaan-YYYY[-<opd>].csv"), ...common },
      },
    },
    "/api/v1/exports/events.csv": {
      get: {
        tags: ["Exports"], operationId: "exportEventsCsv", summary: "OPD events with their local-UMK shares as CSV",
        description:
          "The rows of GET /api/v1/events with the same filters (event.read: OPD members their OPD, auditor/admin the region; sellers 403): event, OPD, type, start and end (WITA and UTC), regency, attendees, budget, status, closed (WITA), total, local-UMK amount and share, consumption (konsumsi) total, local-UMK amount and share, the declared part, findings count and text, amendments, event id. Figures are current: amendments applied, voided items left out.",
        parameters: [...queryParameters(listEventsQuerySchema), langParameter],
        responses: { "200": csvOk("One line per event, newest first.", "kegiatan[-YYYY][-<opd>][-<from>][-<to>].csv"), ...common },
      },
    },
    "/api/v1/exports/payment-clock.csv": {
      get: {
        tags: ["Exports"], operationId: "exportPaymentClockCsv", summary: "Payment clock per OPD, then the overdue orders, as CSV",
        description:
          "Two tables separated by an empty line, from GET /api/v1/payment-clock (payment_clock.read: treasurer own OPD, auditor/admin the region): per OPD the paid invoices, median and p90 days BAST → paid, orders not fully paid and overdue; then every overdue order with OPD, seller, BAST (WITA and UTC), age in days and the outstanding amount.",
        parameters: [...queryParameters(paymentClockQuerySchema.omit({ public: true })).map(required("fiscalYear")), langParameter],
        responses: { "200": csvOk("The per-OPD table, an empty line, the overdue orders table.", "jam-pembayaran-YYYY[-<opd>].csv"), ...common },
      },
    },
  },
};
