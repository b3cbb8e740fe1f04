import type { CompliancePolicy } from "@/lib/domain/compliance/policy";
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

export type EvidenceView = {
  id: string;
  contentType: string;
  sizeBytes: number;
  originalName: string;
  uploadedAt: string;
  /** Served only to viewers who may read the event. */
  url: string;
  thumbnailUrl: string | null;
};

export type EventItemView = {
  id: string;
  category: EventItemCategory;
  description: string;
  amountIdr: number;
  source: EventItemSource;
  /** True for off-platform items: UMK/local status is the organizer's word. */
  declared: boolean;
  business: { id: string; name: string } | null;
  supplierName: string;
  supplierNib: string | null;
  supplierKabupaten: string | null;
  isUmk: boolean;
  isLocal: boolean;
  purchaseRequestId: string | null;
  addedByAmendmentId: string | null;
  voidedByAmendmentId: string | null;
  evidence: EvidenceView[];
  /** Off-platform item still without evidence: closing is refused while any remain. */
  needsEvidence: boolean;
  createdAt: string;
};

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

export const evidenceView = (eventId: string, row: StoredEvidence): EvidenceView => ({
  id: row.id,
  contentType: row.contentType,
  sizeBytes: row.sizeBytes,
  originalName: row.originalName,
  uploadedAt: row.uploadedAt.toISOString(),
  url: evidenceUrl(eventId, row.itemId, row.id),
  thumbnailUrl: row.thumbnailKey ? `${evidenceUrl(eventId, row.itemId, row.id)}?variant=thumbnail` : null,
});

export const itemView = (row: StoredEventItem & { businessName?: string | null }, evidence: readonly StoredEvidence[]): EventItemView => {
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
