import "server-only";
import ExcelJS from "exceljs";
import { storedShare, wallClockDate, type ExportCell, type ExportTable } from "@/lib/domain/export/typed-table";

// The one place the XLSX package is used (see .dependency-cruiser.cjs): typed tables in, workbook bytes out.

/** Number formats: a spreadsheet shows "Rp1.234.567" in an Indonesian locale, and sums and sorts the numbers. */
export const XLSX_FORMATS = {
  idr: '"Rp"#,##0',
  share: "0.00%",
  wita: "yyyy-mm-dd hh:mm",
  utc: "yyyy-mm-dd hh:mm:ss",
} as const;

const valueOf = (cell: ExportCell): ExcelJS.CellValue => {
  if (cell.value === null || cell.value === undefined) return null;
  switch (cell.kind) {
    case "text":
      return cell.value; // written as a string cell: a leading "=" is text here, never a formula
    case "idr":
    case "number":
      return cell.value;
    case "share":
      return storedShare(cell.value);
    case "datetime":
      return wallClockDate(cell.value, cell.clock);
  }
};

const formatOf = (cell: ExportCell): string | undefined => {
  if (cell.kind === "idr") return XLSX_FORMATS.idr;
  if (cell.kind === "share") return XLSX_FORMATS.share;
  if (cell.kind === "datetime") return XLSX_FORMATS[cell.clock];
  return undefined;
};

// Excel refuses sheet names over 31 characters or with : \ / ? * [ ].
const sheetName = (name: string, taken: Set<string>) => {
  const base = name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet";
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i += 1) candidate = `${base.slice(0, 28)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
};

/**
 * One worksheet per table: a bold, frozen header row, then typed cells — numbers as numbers, rupiah with a rupiah
 * format, shares as percentages, dates as dates on the column's clock (WITA or UTC), empty cells left empty.
 */
export const toXlsx = async (tables: readonly ExportTable[], meta: { title: string; now: Date }): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Pasar UMK";
  workbook.title = meta.title;
  workbook.created = meta.now;
  workbook.modified = meta.now;
  const taken = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, taken), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow([...table.header]).font = { bold: true };
    for (const cells of table.rows) {
      const row = sheet.addRow(cells.map(valueOf));
      cells.forEach((cell, i) => {
        const numFmt = formatOf(cell);
        if (numFmt) row.getCell(i + 1).numFmt = numFmt;
      });
    }
    sheet.columns.forEach((column, i) => {
      const widest = Math.max(table.header[i]?.length ?? 8, ...table.rows.slice(0, 200).map((r) => String(valueOf(r[i]!) ?? "").length));
      column.width = Math.min(48, Math.max(10, widest + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
