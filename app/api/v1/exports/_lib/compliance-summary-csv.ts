import { toCsv } from "@/lib/domain/export/csv";
import { exportTable, idrColumn, numberColumn, shareColumn, textColumn, toCsvTable, type ExportTable } from "@/lib/domain/export/typed-table";
import { shareOf } from "@/lib/domain/procurement/shares";
import type { Locale } from "@/lib/errors";
import type { ComplianceSummaryView } from "@/lib/validation/views/procurement";
import { pick, yesNo, type Bilingual } from "./labels";

type Row = ComplianceSummaryView["opds"][number];
/** The totals row has no OPD id, and no target when OPDs of several regions follow different policies; the
 * screens' targetStatus is not a column (the file keeps "target met" yes/no, as the API's meetsTarget). */
type Line = Omit<Row, "opdId" | "targetShare" | "meetsTarget" | "targetStatus"> & { opdId: string | null; targetShare: number | null; meetsTarget: boolean | null };

const COLUMNS = (locale: Locale) => {
  const h = (header: Bilingual) => pick(header, locale);
  return [
    textColumn<Line>(h({ id: "OPD", en: "Office" }), (r) => r.name),
    idrColumn<Line>(h({ id: "Total belanja (Rp)", en: "Total spend (IDR)" }), (r) => r.totalIdr),
    idrColumn<Line>(h({ id: "Belanja UMK (Rp)", en: "UMK spend (IDR)" }), (r) => r.umkIdr),
    shareColumn<Line>(h({ id: "Porsi UMK", en: "UMK share" }), (r) => r.umkShare),
    idrColumn<Line>(h({ id: "Belanja lokal (Rp)", en: "Local spend (IDR)" }), (r) => r.localIdr),
    shareColumn<Line>(h({ id: "Porsi lokal", en: "Local share" }), (r) => r.localShare),
    numberColumn<Line>(h({ id: "Pengecualian", en: "Exceptions" }), (r) => r.exceptions),
    shareColumn<Line>(h({ id: "Target porsi UMK", en: "UMK share target" }), (r) => r.targetShare),
    textColumn<Line>(h({ id: "Target tercapai", en: "Target met" }), (r) => (r.meetsTarget === null ? null : yesNo(r.meetsTarget, locale))),
    numberColumn<Line>(h({ id: "Jumlah kegiatan", en: "Events" }), (r) => r.eventCount),
    idrColumn<Line>(h({ id: "Belanja kegiatan (Rp)", en: "Event spend (IDR)" }), (r) => r.eventTotalIdr),
    idrColumn<Line>(h({ id: "Kegiatan: UMK lokal (Rp)", en: "Events: local UMK (IDR)" }), (r) => r.eventLocalUmkIdr),
    shareColumn<Line>(h({ id: "Kegiatan: porsi UMK lokal", en: "Events: local UMK share" }), (r) => r.eventLocalShare),
    numberColumn<Line>(h({ id: "Pembayaran terlambat", en: "Overdue payments" }), (r) => r.overduePayments),
    textColumn<Line>(h({ id: "ID OPD", en: "Office id" }), (r) => r.opdId),
  ];
};

const sum = (rows: readonly Row[], pickAmount: (r: Row) => number) => rows.reduce((s, r) => s + pickAmount(r), 0);

/**
 * The last line: sums of every amount and count, shares recomputed from those sums (not averaged), and the
 * target only when every OPD has the same one; "met" then follows the same rule as an OPD's line.
 */
export const totalsLine = (rows: readonly Row[], locale: Locale): Line => {
  const totalIdr = sum(rows, (r) => r.totalIdr);
  const umkIdr = sum(rows, (r) => r.umkIdr);
  const localIdr = sum(rows, (r) => r.localIdr);
  const eventTotalIdr = sum(rows, (r) => r.eventTotalIdr);
  const eventLocalUmkIdr = sum(rows, (r) => r.eventLocalUmkIdr);
  const targets = [...new Set(rows.map((r) => r.targetShare))];
  const targetShare = targets.length === 1 ? targets[0]! : null;
  const umkShare = shareOf(umkIdr, totalIdr);
  return {
    opdId: null,
    name: locale === "en" ? "Total" : "Jumlah",
    totalIdr, umkIdr, umkShare, localIdr, localShare: shareOf(localIdr, totalIdr),
    exceptions: sum(rows, (r) => r.exceptions),
    targetShare,
    meetsTarget: targetShare === null ? null : totalIdr > 0 ? umkShare >= targetShare : targetShare === 0,
    eventCount: sum(rows, (r) => r.eventCount), eventTotalIdr, eventLocalUmkIdr, eventLocalShare: shareOf(eventLocalUmkIdr, eventTotalIdr),
    overduePayments: sum(rows, (r) => r.overduePayments),
  };
};

/** One line per OPD exactly as GET /api/v1/compliance/summary reports it, then the totals line. */
export const complianceSummaryTables = (summary: ComplianceSummaryView, locale: Locale): ExportTable[] => [
  exportTable<Line>(locale === "en" ? "UMK compliance" : "Kepatuhan UMK", COLUMNS(locale), [...summary.opds, totalsLine(summary.opds, locale)]),
];

export const complianceSummaryCsv = (summary: ComplianceSummaryView, locale: Locale) => toCsv(complianceSummaryTables(summary, locale).map(toCsvTable));
