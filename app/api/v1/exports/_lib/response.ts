import "server-only";
import { toCsv } from "@/lib/domain/export/csv";
import { toCsvTable, type ExportTable } from "@/lib/domain/export/typed-table";
import { toXlsx } from "@/lib/export/xlsx";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A download: an attachment with an ASCII file name (no RFC 5987 needed), never cached — the figures are
 * scoped to the signed-in viewer and change with every order.
 */
const downloadResponse = (body: BodyInit, fileName: string, contentType: string) =>
  new Response(body, {
    status: 200,
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });

export const csvResponse = (body: string, fileName: string) => downloadResponse(body, fileName, "text/csv; charset=utf-8; header=present");

/** What an export route loads, once for both formats: its tables and the file name without extension. */
export type ExportFile = { tables: ExportTable[]; baseName: string; title: string };

/** The same tables as the CSV sibling, as typed cells in one worksheet per table. */
export const xlsxResponse = async (file: ExportFile, now: Date = new Date()) =>
  downloadResponse(new Uint8Array(await toXlsx(file.tables, { title: file.title, now })), `${file.baseName}.xlsx`, XLSX_CONTENT_TYPE);

export const csvFileResponse = (file: ExportFile) => csvResponse(toCsv(file.tables.map(toCsvTable)), `${file.baseName}.csv`);

/** A generated PDF report, as an attachment like the other exports. */
export const pdfResponse = (bytes: Uint8Array, fileName: string) => downloadResponse(new Uint8Array(bytes), fileName, "application/pdf");
