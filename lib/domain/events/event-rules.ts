import { sniffContentType, type SniffedType } from "@/lib/domain/files/sniff";
import { parseWitaInstant, witaYear } from "@/lib/domain/time/wita";

// Pure rules of the event lifecycle: what may be closed, what counts as local, which uploads are evidence.

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_TYPES: readonly SniffedType[] = ["image/png", "image/jpeg", "image/webp", "application/pdf"];
export const MIN_AMENDMENT_REASON_LENGTH = 10;

export type EvidenceCheck = { ok: true; type: SniffedType } | { ok: false; reason: "empty" | "too_large" | "unsupported" };

/** Size first (413), then the real type from the bytes (415): the file name and the browser's claim never count. */
export const checkEvidence = (bytes: Uint8Array): EvidenceCheck => {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > MAX_EVIDENCE_BYTES) return { ok: false, reason: "too_large" };
  const type = sniffContentType(bytes);
  return type && EVIDENCE_TYPES.includes(type) ? { ok: true, type } : { ok: false, reason: "unsupported" };
};

/**
 * A platform supplier is local when its kabupaten/kota lies in the province of the organizing OPD — the
 * LOCAL_SELLER comparison procurement makes between seller and buyer province.
 */
export const isLocalSupplier = (supplierProvinceRegionId: string, opdProvinceRegionId: string) =>
  supplierProvinceRegionId === opdProvinceRegionId;

type ItemForClosing = { id: string; description: string; source: "platform" | "order" | "declared"; evidenceCount: number; voided: boolean };

/** Off-platform items rest on the organizer's word, so each needs a receipt or photo before closing. */
export const needsEvidence = (item: Pick<ItemForClosing, "source" | "evidenceCount" | "voided">) =>
  item.source === "declared" && item.evidenceCount === 0 && !item.voided;

/** The items that keep an event from closing (id + description, for the 422 details). */
export const itemsBlockingClose = (items: readonly ItemForClosing[]) =>
  items.filter(needsEvidence).map((i) => ({ id: i.id, description: i.description }));

/**
 * Evidence may be added while the event is open; after closing only to items an amendment added (the
 * closed report already stands on the evidence it had).
 */
export const mayAttachEvidence = (event: { status: "open" | "closed" }, item: { addedByAmendmentId: string | null; voided: boolean }) =>
  !item.voided && (event.status === "open" || item.addedByAmendmentId !== null);

/** An event's start or end: an ISO instant with an offset, or a datetime-local value read as WITA. */
export const parseEventInstant = parseWitaInstant;

/** The fiscal year an event counts in: the WITA calendar year it starts. */
export const eventFiscalYear = (startsAt: Date) => witaYear(startsAt);

/** The list filter's compliance buckets: nothing recorded yet, no findings, or below a target. */
export const complianceBucket = (compliance: { totalIdr: number; findings: readonly unknown[] }): "meets" | "below" | "empty" =>
  compliance.totalIdr === 0 ? "empty" : compliance.findings.length > 0 ? "below" : "meets";
