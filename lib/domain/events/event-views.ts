import type { CompliancePolicy } from "@/lib/domain/compliance/policy";
import type { SniffedType } from "@/lib/domain/files/sniff";
import { evaluateEvent, type EventCompliance, type EventItem, type EventItemCategory } from "./event-compliance";
import { needsEvidence } from "./event-rules";

// Pure builders of the item and evidence views from stored rows (no database): the events services and the
// seed's frozen reports must produce the same shape. The row types are what the builders read; db/queries'
// rows are assignable to them.

export type EventItemSource = "platform" | "order" | "declared";

export type StoredEventItem = {
  id: string;
  eventId: string;
  category: EventItemCategory;
  description: string;
  amountIdr: number;
  source: EventItemSource;
  businessId: string | null;
  supplierName: string;
  supplierNib: string | null;
  supplierKabupaten: string | null;
  isUmk: boolean;
  isLocal: boolean;
  purchaseRequestId: string | null;
  addedByAmendmentId: string | null;
  voidedByAmendmentId: string | null;
  createdAt: Date;
};

export type StoredEvidence = {
  id: string;
  itemId: string;
  contentType: string;
  sizeBytes: number;
  originalName: string;
  uploadedAt: Date;
  thumbnailKey: string | null;
};

// The view types are inferred from the response schemas the OpenAPI document is built from (zod only, no I/O).

/** The engine's view of stored items: platform and BAST items rest on verified snapshots. */
export const engineItem = (row: Pick<StoredEventItem, "category" | "amountIdr" | "isUmk" | "isLocal" | "source">): EventItem => ({
  category: row.category,
  amountIdr: row.amountIdr,
  isUmk: row.isUmk,
  isLocal: row.isLocal,
  source: row.source === "declared" ? "declared" : "verified",
});

/** Compliance of the live items (voided ones excluded) under a policy. */
export const complianceOf = (rows: ReadonlyArray<StoredEventItem>, policy: CompliancePolicy): EventCompliance =>
  evaluateEvent(rows.filter((r) => r.voidedByAmendmentId === null).map(engineItem), policy);

const evidenceUrl = (eventId: string, itemId: string, evidenceId: string) => `/api/v1/events/${eventId}/items/${itemId}/evidence/${evidenceId}`;

export const evidenceView = (eventId: string, row: StoredEvidence) => ({
  id: row.id,
  // attach-evidence stores only what lib/domain/files/sniff recognised.
  contentType: row.contentType as SniffedType,
  sizeBytes: row.sizeBytes,
  originalName: row.originalName,
  uploadedAt: row.uploadedAt.toISOString(),
  url: evidenceUrl(eventId, row.itemId, row.id),
  thumbnailUrl: row.thumbnailKey ? `${evidenceUrl(eventId, row.itemId, row.id)}?variant=thumbnail` : null,
});

export const itemView = (row: StoredEventItem & { businessName?: string | null }, evidence: readonly StoredEvidence[]) => {
  const own = evidence.filter((e) => e.itemId === row.id);
  return {
    id: row.id,
    category: row.category,
    description: row.description,
    amountIdr: row.amountIdr,
    source: row.source,
    declared: row.source === "declared",
    business: row.businessId ? { id: row.businessId, name: row.businessName ?? row.supplierName } : null,
    supplierName: row.supplierName,
    supplierNib: row.supplierNib,
    supplierKabupaten: row.supplierKabupaten,
    isUmk: row.isUmk,
    isLocal: row.isLocal,
    purchaseRequestId: row.purchaseRequestId,
    addedByAmendmentId: row.addedByAmendmentId,
    voidedByAmendmentId: row.voidedByAmendmentId,
    evidence: own.map((e) => evidenceView(row.eventId, e)),
    needsEvidence: needsEvidence({ source: row.source, evidenceCount: own.length, voided: row.voidedByAmendmentId !== null }),
    createdAt: row.createdAt.toISOString(),
  };
};
