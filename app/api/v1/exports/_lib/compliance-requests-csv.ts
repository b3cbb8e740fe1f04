import { csvTable, isoUtc, share, toCsv, witaDateTime, type CsvColumn } from "@/lib/domain/export/csv";
import { shareOf } from "@/lib/domain/procurement/shares";
import type { Locale } from "@/lib/errors";
import type { listComplianceRequests } from "@/lib/services/procurement/compliance-summary";
import { catalogOf, pick, type Bilingual } from "./labels";

export type SpendingRequest = Awaited<ReturnType<typeof listComplianceRequests>>[number];

const column = (header: Bilingual, value: CsvColumn<SpendingRequest>["value"]) => ({ header, value });

const COLUMNS = (locale: Locale, opdNames: ReadonlyMap<string, string>) => {
  const { requestStatus, compliance } = catalogOf(locale).procurement;
  const codeLabels: Record<string, string> = compliance.justificationCodes;
  const statusLabels: Record<string, string> = requestStatus;
  return [
    column({ id: "Nomor permintaan", en: "Request number" }, (r) => r.number),
    column({ id: "OPD", en: "Office" }, (r) => opdNames.get(r.opdId) ?? r.opdId),
    column({ id: "Keperluan", en: "Purpose" }, (r) => r.purpose),
    column({ id: "Status", en: "Status" }, (r) => statusLabels[r.status] ?? r.status),
    column({ id: "Diajukan (UTC)", en: "Submitted (UTC)" }, (r) => isoUtc(r.submittedAt)),
    column({ id: "Diajukan (WITA)", en: "Submitted (WITA)" }, (r) => witaDateTime(r.submittedAt)),
    column({ id: "Disetujui (UTC)", en: "Approved (UTC)" }, (r) => isoUtc(r.decidedAt)),
    column({ id: "Disetujui (WITA)", en: "Approved (WITA)" }, (r) => witaDateTime(r.decidedAt)),
    column({ id: "Total dipesan (Rp)", en: "Ordered total (IDR)" }, (r) => r.orderedIdr),
    column({ id: "UMK (Rp)", en: "UMK (IDR)" }, (r) => r.umkIdr),
    column({ id: "Porsi UMK", en: "UMK share" }, (r) => share(shareOf(r.umkIdr, r.orderedIdr))),
    column({ id: "Lokal (Rp)", en: "Local (IDR)" }, (r) => r.localIdr),
    column({ id: "Porsi lokal", en: "Local share" }, (r) => share(shareOf(r.localIdr, r.orderedIdr))),
    column({ id: "Kode alasan pengecualian", en: "Justification code" }, (r) => r.justificationCode),
    column({ id: "Alasan pengecualian", en: "Justification" }, (r) => (r.justificationCode ? (codeLabels[r.justificationCode] ?? r.justificationCode) : null)),
    column({ id: "Uraian alasan", en: "Justification text" }, (r) => r.justificationText),
    column({ id: "Versi kebijakan", en: "Policy version" }, (r) => r.policyVersion),
    column({ id: "ID permintaan", en: "Request id" }, (r) => r.id),
  ];
};

/** Every request behind the OPDs' spending in the year, with its UMK and local parts and any justification. */
export const complianceRequestsCsv = (requests: readonly SpendingRequest[], opdNames: ReadonlyMap<string, string>, locale: Locale) => {
  const columns = COLUMNS(locale, opdNames).map((c) => ({ header: pick(c.header, locale), value: c.value }));
  return toCsv(csvTable(columns, requests));
};
