import { csvTable, toCsv, UTF8_BOM, type CsvColumn } from "@/lib/domain/export/csv";

/**
 * One diklat participant in the SIDT (Sistem Informasi Diklat Terpadu) exchange: keyed by NIB so a row from
 * the ministry's system finds the same UMK here. Dates are YYYY-MM-DD.
 */
export type SidtRow = { nib: string; namaUsaha: string; kodeProgram: string; status: "terdaftar" | "hadir"; tanggal: string };

export const SIDT_HEADER = ["NIB", "NAMA_USAHA", "KODE_PROGRAM", "STATUS", "TANGGAL"] as const;

const COLUMNS: ReadonlyArray<CsvColumn<SidtRow>> = [
  { header: "NIB", value: (r) => r.nib },
  { header: "NAMA_USAHA", value: (r) => r.namaUsaha },
  { header: "KODE_PROGRAM", value: (r) => r.kodeProgram },
  { header: "STATUS", value: (r) => r.status },
  { header: "TANGGAL", value: (r) => r.tanggal },
];

export const sidtCsv = (rows: readonly SidtRow[]) => toCsv(csvTable(COLUMNS, rows));

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
const records = (text: string): string[][] => {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell), out.push(row), (row = []), (cell = "");
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) row.push(cell), out.push(row);
  return out.filter((r) => r.some((c) => c !== ""));
};

export type SidtParse = { rows: SidtRow[]; errors: Array<{ line: number; code: "BAD_HEADER" | "BAD_NIB" | "BAD_STATUS" | "BAD_DATE" }> };

/** Pure: reads a SIDT CSV; a row with a bad NIB, status or date is reported by its line and left out. */
export const parseSidtCsv = (text: string): SidtParse => {
  const [header, ...body] = records(text.startsWith(UTF8_BOM) ? text.slice(1) : text);
  if (!header || header.map((h) => h.trim().toUpperCase()).join(",") !== SIDT_HEADER.join(",")) return { rows: [], errors: [{ line: 1, code: "BAD_HEADER" }] };
  const result: SidtParse = { rows: [], errors: [] };
  body.forEach(([nib = "", namaUsaha = "", kodeProgram = "", status = "", tanggal = ""], i) => {
    const line = i + 2;
    const cleanNib = nib.trim();
    if (!/^[0-9]{13}$/.test(cleanNib)) return void result.errors.push({ line, code: "BAD_NIB" });
    if (status !== "terdaftar" && status !== "hadir") return void result.errors.push({ line, code: "BAD_STATUS" });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(tanggal) || Number.isNaN(Date.parse(tanggal))) return void result.errors.push({ line, code: "BAD_DATE" });
    result.rows.push({ nib: cleanNib, namaUsaha, kodeProgram, status, tanggal });
  });
  return result;
};
