// A small RFC 4180 CSV writer for the auditor's exports. Pure: no I/O, no clock.
// Bytes are chosen for Excel and LibreOffice: a UTF-8 BOM (else Excel reads "Rp"/accents as mojibake),
// CRLF line ends, and numbers written the way both parse them (whole rupiah, dot decimals, no separators).

import { witaDateTimeText } from "@/lib/domain/time/wita";

/** A share 0–1 written as a dot decimal with four places, truncated (never rounded up into compliance). */
export type CsvShare = { readonly share: number };

/**
 * A cell: text, a number (whole rupiah, a count, days), a share, or empty. Only text is guarded against formula
 * injection, so a negative number stays a number.
 */
export type CsvValue = string | number | CsvShare | null | undefined;

export type CsvColumn<R> = { readonly header: string; readonly value: (row: R) => CsvValue };

export const UTF8_BOM = "\uFEFF";
export const CRLF = "\r\n";

export const share = (value: number): CsvShare => ({ share: value });

// Cells a spreadsheet would run as a formula (OWASP "CSV injection"); TAB and CR too, as some apps strip them first.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Text as a spreadsheet shows it, never as a formula: a leading = + - @ TAB CR gets an apostrophe. */
export const guardFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

const quote = (text: string) => (NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * Four decimals, truncated. toPrecision(12) first drops binary noise (0.4123 × 10 000 = 4122.9999…) without
 * hiding a real shortfall (0.39999 stays 0.3999).
 */
export const formatShare = (value: number): string => {
  if (!Number.isFinite(value)) throw new RangeError(`Not a share: ${value}`);
  const basisPoints = Math.floor(Number((value * 10_000).toPrecision(12)));
  return (basisPoints / 10_000).toFixed(4);
};

const formatNumber = (value: number): string => {
  if (!Number.isFinite(value)) throw new RangeError(`Not a number for CSV: ${value}`);
  // Integers never switch to exponent notation below 1e21; rupiah amounts are far below that.
  return Number.isInteger(value) ? value.toFixed(0) : String(value);
};

/** One cell's text as it appears between the commas. */
export const encodeCell = (value: CsvValue): string => {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") return quote(guardFormula(value));
  return formatShare(value.share);
};

export const encodeRow = (cells: readonly CsvValue[]) => cells.map(encodeCell).join(",");

/** A table: the header row, then one row per item. */
export type CsvTable = { readonly header: readonly string[]; readonly rows: ReadonlyArray<readonly CsvValue[]> };

export const csvTable = <R>(columns: ReadonlyArray<CsvColumn<R>>, items: readonly R[]): CsvTable => ({
  header: columns.map((c) => c.header),
  rows: items.map((item) => columns.map((c) => c.value(item))),
});

/**
 * The file: BOM, then each table's header and rows, every record ending in CRLF. Several tables (e.g. per-OPD
 * figures, then the orders behind them) are separated by one empty line.
 */
export const toCsv = (tables: CsvTable | readonly CsvTable[]): string => {
  const list: readonly CsvTable[] = Array.isArray(tables) ? tables : [tables as CsvTable];
  const blocks = list.map((t) => [t.header, ...t.rows].map((r) => encodeRow(r) + CRLF).join(""));
  return UTF8_BOM + blocks.join(CRLF);
};

/** ISO 8601 UTC (`2026-11-20T03:00:00.000Z`): unambiguous, what the API returns. */
export const isoUtc = (at: Date | string | null | undefined): string | null => (at ? new Date(at).toISOString() : null);

/** `YYYY-MM-DD HH:mm` in WITA (UTC+8, no daylight saving): the clock an NTB clerk reads; Excel parses it as a date. */
export const witaDateTime = (at: Date | string | null | undefined): string | null => (at ? witaDateTimeText(at) : null);
