import { toCsv } from "@/lib/domain/export/csv";
import { exportTable, idrColumn, numberColumn, shareColumn, textColumn, toCsvTable, utcColumn, witaColumn, type ExportTable } from "@/lib/domain/export/typed-table";
import { shareOf } from "@/lib/domain/procurement/shares";
import type { Locale } from "@/lib/errors";
import type { listComplianceRequests } from "@/lib/services/procurement/compliance-summary";
import { catalogOf, pick, type Bilingual } from "./labels";

export type SpendingRequest = Awaited<ReturnType<typeof listComplianceRequests>>[number];

const COLUMNS = (locale: Locale, opdNames: ReadonlyMap<string, string>) => {
  const { requestStatus, compliance } = catalogOf(locale).procurement;
  const codeLabels: Record<string, string> = compliance.justificationCodes;
  const statusLabels: Record<string, string> = requestStatus;
  const h = (header: Bilingual) => pick(header, locale);
  type R = SpendingRequest;
  return [
    textColumn<R>(h({ id: "Nomor permintaan", en: "Request number" }), (r) => r.number),
    textColumn<R>(h({ id: "OPD", en: "Office" }), (r) => opdNames.get(r.opdId) ?? r.opdId),
    textColumn<R>(h({ id: "Keperluan", en: "Purpose" }), (r) => r.purpose),
    textColumn<R>(h({ id: "Status", en: "Status" }), (r) => statusLabels[r.status] ?? r.status),
    utcColumn<R>(h({ id: "Diajukan (UTC)", en: "Submitted (UTC)" }), (r) => r.submittedAt),
    witaColumn<R>(h({ id: "Diajukan (WITA)", en: "Submitted (WITA)" }), (r) => r.submittedAt),
    utcColumn<R>(h({ id: "Disetujui (UTC)", en: "Approved (UTC)" }), (r) => r.decidedAt),
    witaColumn<R>(h({ id: "Disetujui (WITA)", en: "Approved (WITA)" }), (r) => r.decidedAt),
    idrColumn<R>(h({ id: "Total dipesan (Rp)", en: "Ordered total (IDR)" }), (r) => r.orderedIdr),
    idrColumn<R>(h({ id: "UMK (Rp)", en: "UMK (IDR)" }), (r) => r.umkIdr),
    shareColumn<R>(h({ id: "Porsi UMK", en: "UMK share" }), (r) => shareOf(r.umkIdr, r.orderedIdr)),
    idrColumn<R>(h({ id: "Lokal (Rp)", en: "Local (IDR)" }), (r) => r.localIdr),
    shareColumn<R>(h({ id: "Porsi lokal", en: "Local share" }), (r) => shareOf(r.localIdr, r.orderedIdr)),
    textColumn<R>(h({ id: "Kode alasan pengecualian", en: "Justification code" }), (r) => r.justificationCode),
    textColumn<R>(h({ id: "Alasan pengecualian", en: "Justification" }), (r) => (r.justificationCode ? (codeLabels[r.justificationCode] ?? r.justificationCode) : null)),
    textColumn<R>(h({ id: "Uraian alasan", en: "Justification text" }), (r) => r.justificationText),
    numberColumn<R>(h({ id: "Versi kebijakan", en: "Policy version" }), (r) => r.policyVersion),
    textColumn<R>(h({ id: "ID permintaan", en: "Request id" }), (r) => r.id),
  ];
};

/** Every request behind the OPDs' spending in the year, with its UMK and local parts and any justification. */
export const complianceRequestsTables = (requests: readonly SpendingRequest[], opdNames: ReadonlyMap<string, string>, locale: Locale): ExportTable[] => [
  exportTable(locale === "en" ? "Requests" : "Permintaan", COLUMNS(locale, opdNames), requests),
];

export const complianceRequestsCsv = (requests: readonly SpendingRequest[], opdNames: ReadonlyMap<string, string>, locale: Locale) =>
  toCsv(complianceRequestsTables(requests, opdNames, locale).map(toCsvTable));
