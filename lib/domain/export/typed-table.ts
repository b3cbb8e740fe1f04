// One definition per export column, two encodings: the CSV text (csv.ts, unchanged bytes) and typed spreadsheet
// cells (XLSX: numbers as numbers, rupiah with a rupiah format, dates as dates). Pure: no I/O, no clock.

import { WITA_OFFSET_MS } from "@/lib/domain/time/wita";
import { csvTable, formatShare, isoUtc, share, witaDateTime, type CsvTable, type CsvValue } from "./csv";

/**
 * A typed cell. `idr` is whole rupiah, `number` a count or days (may be fractional, e.g. a median), `share` 0–1,
 * `datetime` an instant shown on the WITA or the UTC clock.
 */
export type ExportCell =
  | { kind: "text"; value: string | null | undefined }
  | { kind: "idr"; value: number | null | undefined }
  | { kind: "number"; value: number | null | undefined }
  | { kind: "share"; value: number | null | undefined }
  | { kind: "datetime"; value: Date | string | null | undefined; clock: "wita" | "utc" };

export type ExportColumn<R> = { readonly header: string; readonly cell: (row: R) => ExportCell };

/** A named table: the sheet name in a workbook, the block in a CSV file. */
export type ExportTable = { readonly name: string; readonly header: readonly string[]; readonly rows: ReadonlyArray<readonly ExportCell[]> };

export const exportTable = <R>(name: string, columns: ReadonlyArray<ExportColumn<R>>, items: readonly R[]): ExportTable => ({
  name,
  header: columns.map((c) => c.header),
  rows: items.map((item) => columns.map((c) => c.cell(item))),
});

/** The CSV value of a typed cell, exactly as the CSV exports always wrote it. */
export const csvValueOf = (cell: ExportCell): CsvValue => {
  switch (cell.kind) {
    case "text":
    case "idr":
    case "number":
      return cell.value;
    case "share":
      return cell.value === null || cell.value === undefined ? null : share(cell.value);
    case "datetime":
      return cell.clock === "utc" ? isoUtc(cell.value) : witaDateTime(cell.value);
  }
};

export const toCsvTable = (table: ExportTable): CsvTable =>
  csvTable(table.header.map((header, i) => ({ header, value: (row: readonly ExportCell[]) => csvValueOf(row[i]!) })), table.rows);

/** A share as the file stores it: truncated to four decimals like the CSV (never rounded up into compliance). */
export const storedShare = (value: number) => Number(formatShare(value));

/**
 * The wall-clock time a spreadsheet should show, as a Date whose UTC fields are that clock's: spreadsheets have no
 * time zones, and XLSX writers store a Date's UTC fields as the serial date.
 */
export const wallClockDate = (value: Date | string, clock: "wita" | "utc") => {
  const at = new Date(value);
  // Minutes are what the WITA column shows in CSV; the UTC column keeps the instant to the millisecond.
  if (clock === "utc") return at;
  const shifted = new Date(at.getTime() + WITA_OFFSET_MS);
  shifted.setUTCSeconds(0, 0);
  return shifted;
};

// Column builders: the header and how to read the row, the kind says how both files encode it.
export const textColumn = <R>(header: string, value: (row: R) => string | null | undefined): ExportColumn<R> => ({ header, cell: (r) => ({ kind: "text", value: value(r) }) });
export const idrColumn = <R>(header: string, value: (row: R) => number | null | undefined): ExportColumn<R> => ({ header, cell: (r) => ({ kind: "idr", value: value(r) }) });
export const numberColumn = <R>(header: string, value: (row: R) => number | null | undefined): ExportColumn<R> => ({ header, cell: (r) => ({ kind: "number", value: value(r) }) });
export const shareColumn = <R>(header: string, value: (row: R) => number | null | undefined): ExportColumn<R> => ({ header, cell: (r) => ({ kind: "share", value: value(r) }) });
export const witaColumn = <R>(header: string, value: (row: R) => Date | string | null | undefined): ExportColumn<R> => ({ header, cell: (r) => ({ kind: "datetime", value: value(r), clock: "wita" }) });
export const utcColumn = <R>(header: string, value: (row: R) => Date | string | null | undefined): ExportColumn<R> => ({ header, cell: (r) => ({ kind: "datetime", value: value(r), clock: "utc" }) });
