import { csvTable, share, toCsv, type CsvColumn } from "@/lib/domain/export/csv";
import { shareOf } from "@/lib/domain/procurement/shares";
import type { Locale } from "@/lib/errors";
import type { ComplianceSummaryView } from "@/lib/validation/views/procurement";
import { pick, yesNo, type Bilingual } from "./labels";

type Row = ComplianceSummaryView["opds"][number];
/** The totals row has no OPD id, and no target when OPDs of several regions follow different policies; the
 * screens' targetStatus is not a column (the file keeps "target met" yes/no, as the API's meetsTarget). */
type Line = Omit<Row, "opdId" | "targetShare" | "meetsTarget" | "targetStatus"> & { opdId: string | null; targetShare: number | null; meetsTarget: boolean | null };

const column = (header: Bilingual, value: CsvColumn<Line>["value"]) => ({ header, value });

const COLUMNS = (locale: Locale) => [
  column({ id: "OPD", en: "Office" }, (r) => r.name),
  column({ id: "Total belanja (Rp)", en: "Total spend (IDR)" }, (r) => r.totalIdr),
  column({ id: "Belanja UMK (Rp)", en: "UMK spend (IDR)" }, (r) => r.umkIdr),
  column({ id: "Porsi UMK", en: "UMK share" }, (r) => share(r.umkShare)),
  column({ id: "Belanja lokal (Rp)", en: "Local spend (IDR)" }, (r) => r.localIdr),
  column({ id: "Porsi lokal", en: "Local share" }, (r) => share(r.localShare)),
  column({ id: "Pengecualian", en: "Exceptions" }, (r) => r.exceptions),
  column({ id: "Target porsi UMK", en: "UMK share target" }, (r) => (r.targetShare === null ? null : share(r.targetShare))),
  column({ id: "Target tercapai", en: "Target met" }, (r) => (r.meetsTarget === null ? null : yesNo(r.meetsTarget, locale))),
  column({ id: "Jumlah kegiatan", en: "Events" }, (r) => r.eventCount),
  column({ id: "Belanja kegiatan (Rp)", en: "Event spend (IDR)" }, (r) => r.eventTotalIdr),
  column({ id: "Kegiatan: UMK lokal (Rp)", en: "Events: local UMK (IDR)" }, (r) => r.eventLocalUmkIdr),
  column({ id: "Kegiatan: porsi UMK lokal", en: "Events: local UMK share" }, (r) => share(r.eventLocalShare)),
  column({ id: "Pembayaran terlambat", en: "Overdue payments" }, (r) => r.overduePayments),
  column({ id: "ID OPD", en: "Office id" }, (r) => r.opdId),
];

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
export const complianceSummaryCsv = (summary: ComplianceSummaryView, locale: Locale) => {
  const columns = COLUMNS(locale).map((c) => ({ header: pick(c.header, locale), value: c.value }));
  return toCsv(csvTable<Line>(columns, [...summary.opds, totalsLine(summary.opds, locale)]));
};
