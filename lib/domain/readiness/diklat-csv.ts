import { csvTable, toCsv, type CsvColumn } from "@/lib/domain/export/csv";
import { GAP_NAMES, type GapCode } from "./gaps";

// The organizer's downloads: the invitation list and a program's outcomes. Pure: rows in, CSV text out.

export type InvitationCsvRow = { nib: string; name: string; kabupaten: string; gaps: readonly GapCode[]; statusInProgram: string | null };

const INVITATION_COLUMNS: ReadonlyArray<CsvColumn<InvitationCsvRow>> = [
  { header: "NIB", value: (r) => r.nib },
  { header: "NAMA_USAHA", value: (r) => r.name },
  { header: "KABUPATEN", value: (r) => r.kabupaten },
  { header: "KEBUTUHAN", value: (r) => r.gaps.map((g) => GAP_NAMES[g].id).join("; ") },
  { header: "STATUS_DI_PROGRAM", value: (r) => r.statusInProgram ?? "" },
];

export const invitationsCsv = (rows: readonly InvitationCsvRow[]) => toCsv(csvTable(INVITATION_COLUMNS, rows));

type Figures = { count: number; meanSalesIdr: number; meanCertificatesGained: number; onTimeShare: number | null };
export type OutcomeCsvRow = { days: number; complete: boolean; group: "peserta" | "pembanding"; figures: Figures | null };

const OUTCOME_COLUMNS: ReadonlyArray<CsvColumn<OutcomeCsvRow>> = [
  { header: "HARI", value: (r) => r.days },
  { header: "KELOMPOK", value: (r) => r.group },
  { header: "LENGKAP", value: (r) => (r.complete ? "ya" : "belum") },
  { header: "JUMLAH_UMK", value: (r) => r.figures?.count },
  { header: "RATA_PENJUALAN_OPD_IDR", value: (r) => r.figures?.meanSalesIdr },
  { header: "RATA_SERTIFIKAT_BARU", value: (r) => (r.figures ? Math.round(r.figures.meanCertificatesGained * 100) / 100 : null) },
  { header: "TEPAT_WAKTU", value: (r) => (r.figures?.onTimeShare == null ? null : Math.round(r.figures.onTimeShare * 10_000) / 10_000) },
];

export const outcomesCsv = (rows: readonly OutcomeCsvRow[]) => toCsv(csvTable(OUTCOME_COLUMNS, rows));

/** Per-line problems of a SIDT import, in plain words (the codes stay in the API's details). */
export const SIDT_LINE_MESSAGES = {
  BAD_HEADER: { id: "Baris judul harus: NIB,NAMA_USAHA,KODE_PROGRAM,STATUS,TANGGAL.", en: "The header must be: NIB,NAMA_USAHA,KODE_PROGRAM,STATUS,TANGGAL." },
  BAD_NIB: { id: "NIB harus tepat 13 angka.", en: "The NIB must be exactly 13 digits." },
  BAD_STATUS: { id: "STATUS harus terdaftar atau hadir.", en: "STATUS must be terdaftar or hadir." },
  BAD_DATE: { id: "TANGGAL harus berformat YYYY-MM-DD.", en: "TANGGAL must be YYYY-MM-DD." },
  UNKNOWN_NIB: { id: "NIB tidak terdaftar sebagai UMK di platform.", en: "No UMK with this NIB on the platform." },
  OTHER_PROGRAM: { id: "KODE_PROGRAM bukan kode program ini.", en: "KODE_PROGRAM is not this program's code." },
  DUPLICATE_NIB: { id: "NIB yang sama muncul lebih dari sekali.", en: "The same NIB appears more than once." },
  REFUSED: { id: "UMK ini ditolak untuk program ini; daftarkan lewat halaman program.", en: "This UMK was refused for this program; enrol it through the program page." },
  NO_SEATS: { id: "Kursi program tidak cukup untuk semua peserta di berkas.", en: "The program has too few seats for everyone in the file." },
  EMPTY: { id: "Berkas tidak berisi baris peserta.", en: "The file holds no participant rows." },
} as const;
export type SidtLineCode = keyof typeof SIDT_LINE_MESSAGES;
