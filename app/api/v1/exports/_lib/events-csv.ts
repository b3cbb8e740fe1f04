import { toCsv } from "@/lib/domain/export/csv";
import { exportTable, idrColumn, numberColumn, shareColumn, textColumn, toCsvTable, utcColumn, witaColumn, type ExportTable } from "@/lib/domain/export/typed-table";
import type { Locale } from "@/lib/errors";
import type { EventSummaryView } from "@/lib/validation/views/events";
import { ruleName } from "@/lib/i18n/rule-names";
import { catalogOf, pick, type Bilingual } from "./labels";

const COLUMNS = (locale: Locale) => {
  const { type, status } = catalogOf(locale).events;
  const h = (header: Bilingual) => pick(header, locale);
  type E = EventSummaryView;
  return [
    textColumn<E>(h({ id: "Kegiatan", en: "Event" }), (e) => e.title),
    textColumn<E>(h({ id: "OPD", en: "Office" }), (e) => e.opd.name),
    textColumn<E>(h({ id: "Jenis", en: "Type" }), (e) => type[e.type]),
    witaColumn<E>(h({ id: "Mulai (WITA)", en: "Starts (WITA)" }), (e) => e.startsAt),
    witaColumn<E>(h({ id: "Selesai (WITA)", en: "Ends (WITA)" }), (e) => e.endsAt),
    utcColumn<E>(h({ id: "Mulai (UTC)", en: "Starts (UTC)" }), (e) => e.startsAt),
    utcColumn<E>(h({ id: "Selesai (UTC)", en: "Ends (UTC)" }), (e) => e.endsAt),
    textColumn<E>(h({ id: "Kabupaten/kota", en: "Regency/city" }), (e) => e.kabupaten.name),
    numberColumn<E>(h({ id: "Peserta", en: "Attendees" }), (e) => e.attendees),
    idrColumn<E>(h({ id: "Pagu (Rp)", en: "Budget (IDR)" }), (e) => e.budgetIdr),
    textColumn<E>(h({ id: "Status", en: "Status" }), (e) => status[e.status]),
    witaColumn<E>(h({ id: "Ditutup (WITA)", en: "Closed (WITA)" }), (e) => e.closedAt),
    idrColumn<E>(h({ id: "Total (Rp)", en: "Total (IDR)" }), (e) => e.compliance.totalIdr),
    idrColumn<E>(h({ id: "UMK lokal (Rp)", en: "Local UMK (IDR)" }), (e) => e.compliance.localUmkIdr),
    shareColumn<E>(h({ id: "Porsi UMK lokal", en: "Local UMK share" }), (e) => e.compliance.share),
    idrColumn<E>(h({ id: "Konsumsi (Rp)", en: "Consumption (IDR)" }), (e) => e.compliance.consumption.totalIdr),
    idrColumn<E>(h({ id: "Konsumsi UMK lokal (Rp)", en: "Consumption from local UMK (IDR)" }), (e) => e.compliance.consumption.localUmkIdr),
    shareColumn<E>(h({ id: "Porsi konsumsi UMK lokal", en: "Consumption local UMK share" }), (e) => e.compliance.consumption.share),
    idrColumn<E>(h({ id: "Dideklarasikan (Rp)", en: "Declared (IDR)" }), (e) => e.compliance.declared.totalIdr),
    idrColumn<E>(h({ id: "Dideklarasikan UMK lokal (Rp)", en: "Declared local UMK (IDR)" }), (e) => e.compliance.declared.localUmkIdr),
    numberColumn<E>(h({ id: "Jumlah temuan", en: "Findings" }), (e) => e.compliance.findings.length),
    textColumn<E>(h({ id: "Temuan", en: "Finding details" }), (e) => e.compliance.findings.map((f) => `${ruleName(f.rule, locale)}: ${f.message[locale]}`).join("\n") || null),
    numberColumn<E>(h({ id: "Perubahan", en: "Amendments" }), (e) => e.amendmentCount),
    textColumn<E>(h({ id: "ID kegiatan", en: "Event id" }), (e) => e.id),
  ];
};

/** One line per event as the audit list shows it: current figures (amendments applied), declared part apart. */
export const eventsTables = (events: readonly EventSummaryView[], locale: Locale): ExportTable[] => [
  exportTable(locale === "en" ? "Events" : "Kegiatan", COLUMNS(locale), events),
];

export const eventsCsv = (events: readonly EventSummaryView[], locale: Locale) => toCsv(eventsTables(events, locale).map(toCsvTable));
