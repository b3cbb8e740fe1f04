import { auditReportQuerySchema } from "@/lib/validation/procurement";
import { exportsFeature } from "./exports";
import { errorResponse, queryParameters, type OpenApiFeature } from "./registry";

// Charts and reports (issue 15): an XLSX sibling for every CSV export, and the PDF audit report per OPD and year.

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const XLSX_FORMAT =
  "The same columns and rows as the CSV sibling (same query, same permission), as typed cells: amounts are numbers with the format `\"Rp\"#,##0`, counts and days are numbers, shares are numbers 0–1 (four places, truncated like the CSV) with the format `0.00%`, instants are dates — the WITA column shows WITA wall-clock time to the minute (`yyyy-mm-dd hh:mm`), the UTC column UTC (`yyyy-mm-dd hh:mm:ss`); empty cells are empty. Text is stored as text, never as a formula. One worksheet per table (the payment clock has two), header row bold and frozen.";

type Operation = { operationId: string; summary: string; description: string; responses: Record<string, { description?: string; headers?: Record<string, { description: string }>; content?: unknown }> } & Record<string, unknown>;

const attachment = (fileName: string) => ({
  "Content-Disposition": { description: `\`attachment; filename="${fileName}"\`.`, schema: { type: "string" } },
  "Cache-Control": { description: "`private, no-store`: the figures are scoped to the caller.", schema: { type: "string" } },
});

/** The .xlsx operation from its .csv one: same parameters and errors, a workbook instead of text. */
const xlsxSibling = (csv: Operation): Operation => {
  const ok = csv.responses["200"]!;
  const fileName = (ok.headers?.["Content-Disposition"]?.description ?? "").match(/filename="([^"]+)"/)?.[1]?.replace(/\.csv$/, ".xlsx") ?? "export.xlsx";
  return {
    ...csv,
    operationId: csv.operationId.replace(/Csv$/, "Xlsx"),
    summary: csv.summary.replace(/ as CSV/, " as XLSX").replace(/ CSV$/, " XLSX"),
    description: `${csv.description}\n\n${XLSX_FORMAT}`,
    responses: { ...csv.responses, "200": { description: ok.description, headers: attachment(fileName), content: { [XLSX]: { schema: { type: "string", format: "binary" } } } } },
  };
};

const xlsxPaths = Object.fromEntries(
  Object.entries(exportsFeature.paths)
    .filter(([path]) => path.endsWith(".csv"))
    .map(([path, ops]) => [path.replace(/\.csv$/, ".xlsx"), { get: xlsxSibling((ops as { get: Operation }).get) }]),
);

export const chartsFeature: OpenApiFeature = {
  paths: {
    ...xlsxPaths,
    "/api/v1/exports/audit-report.pdf": {
      get: {
        tags: ["Exports"], operationId: "exportOpdAuditReportPdf", summary: "PDF audit report of one OPD and fiscal year",
        description:
          "Generated on the server (audit_report.read: auditors and admins of the OPD's region; approvers, treasurers, buyers and sellers 403). Five sections from the same services as the screens: 1. the UMK share against the policy's target (total, UMK and local spend, exceptions, events' local-UMK share) with a chart of the UMK share per WITA month and the target line; 2. spend by category and by the sellers' kabupaten/kota (bars); 3. the top 10 sellers by amount with their UMK status; 4. every exception (request, approval date, justification code and text; the first 25, the rest counted); 5. payment timeliness (paid invoices, median and p90 days BAST → paid, orders not fully paid and overdue, the payment-age distribution cut at the policy's limit, the overdue orders). Shares are truncated to one decimal (39.99 % prints as 39.9 %). Language as the CSV exports (`lang`, then cookie, then Accept-Language).",
        parameters: [
          ...queryParameters(auditReportQuerySchema).map((p) => ({ ...p, required: true })),
          { name: "lang", in: "query", required: false, description: "`id` (default) or `en`.", schema: { type: "string", enum: ["id", "en"] } },
        ],
        responses: {
          "200": { description: "A PDF (A4, standard fonts, one or more pages).", headers: attachment("laporan-audit-YYYY-<opd>.pdf"), content: { "application/pdf": { schema: { type: "string", format: "binary" } } } },
          "400": errorResponse("fiscalYear or opdId missing or invalid (JSON error body)."),
          "401": errorResponse("Not signed in."),
          "403": errorResponse("Not finance of the OPD's region, or the OPD does not exist in a region the caller reads."),
        },
      },
    },
  },
};
