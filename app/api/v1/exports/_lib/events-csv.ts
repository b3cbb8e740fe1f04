import { csvTable, isoUtc, share, toCsv, witaDateTime, type CsvColumn } from "@/lib/domain/export/csv";
import type { Locale } from "@/lib/errors";
import type { EventSummaryView } from "@/lib/validation/views/events";
import { ruleName } from "@/lib/i18n/rule-names";
import { catalogOf, pick, type Bilingual } from "./labels";

const column = (header: Bilingual, value: CsvColumn<EventSummaryView>["value"]) => ({ header, value });

const COLUMNS = (locale: Locale) => {
  const { type, status } = catalogOf(locale).events;
  return [
    column({ id: "Kegiatan", en: "Event" }, (e) => e.title),
    column({ id: "OPD", en: "Office" }, (e) => e.opd.name),
    column({ id: "Jenis", en: "Type" }, (e) => type[e.type]),
    column({ id: "Mulai (WITA)", en: "Starts (WITA)" }, (e) => witaDateTime(e.startsAt)),
    column({ id: "Selesai (WITA)", en: "Ends (WITA)" }, (e) => witaDateTime(e.endsAt)),
    column({ id: "Mulai (UTC)", en: "Starts (UTC)" }, (e) => isoUtc(e.startsAt)),
    column({ id: "Selesai (UTC)", en: "Ends (UTC)" }, (e) => isoUtc(e.endsAt)),
    column({ id: "Kabupaten/kota", en: "Regency/city" }, (e) => e.kabupaten.name),
    column({ id: "Peserta", en: "Attendees" }, (e) => e.attendees),
    column({ id: "Pagu (Rp)", en: "Budget (IDR)" }, (e) => e.budgetIdr),
    column({ id: "Status", en: "Status" }, (e) => status[e.status]),
    column({ id: "Ditutup (WITA)", en: "Closed (WITA)" }, (e) => witaDateTime(e.closedAt)),
    column({ id: "Total (Rp)", en: "Total (IDR)" }, (e) => e.compliance.totalIdr),
    column({ id: "UMK lokal (Rp)", en: "Local UMK (IDR)" }, (e) => e.compliance.localUmkIdr),
    column({ id: "Porsi UMK lokal", en: "Local UMK share" }, (e) => share(e.compliance.share)),
    column({ id: "Konsumsi (Rp)", en: "Consumption (IDR)" }, (e) => e.compliance.consumption.totalIdr),
    column({ id: "Konsumsi UMK lokal (Rp)", en: "Consumption from local UMK (IDR)" }, (e) => e.compliance.consumption.localUmkIdr),
    column({ id: "Porsi konsumsi UMK lokal", en: "Consumption local UMK share" }, (e) => share(e.compliance.consumption.share)),
    column({ id: "Dideklarasikan (Rp)", en: "Declared (IDR)" }, (e) => e.compliance.declared.totalIdr),
    column({ id: "Dideklarasikan UMK lokal (Rp)", en: "Declared local UMK (IDR)" }, (e) => e.compliance.declared.localUmkIdr),
    column({ id: "Jumlah temuan", en: "Findings" }, (e) => e.compliance.findings.length),
    column({ id: "Temuan", en: "Finding details" }, (e) => e.compliance.findings.map((f) => `${ruleName(f.rule, locale)}: ${f.message[locale]}`).join("\n") || null),
    column({ id: "Perubahan", en: "Amendments" }, (e) => e.amendmentCount),
    column({ id: "ID kegiatan", en: "Event id" }, (e) => e.id),
  ];
};

/** One line per event as the audit list shows it: current figures (amendments applied), declared part apart. */
export const eventsCsv = (events: readonly EventSummaryView[], locale: Locale) => {
  const columns = COLUMNS(locale).map((c) => ({ header: pick(c.header, locale), value: c.value }));
  return toCsv(csvTable(columns, events));
};
