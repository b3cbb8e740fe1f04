import type { EvidenceRow } from "@/db/queries/event-evidence";
import type { EventItemRow } from "@/db/queries/event-items";
import type { EventRow } from "@/db/queries/events";
import type { CompliancePolicy } from "@/lib/domain/compliance/policy";
import { evaluateEvent, type EventItem } from "@/lib/domain/events/event-compliance";
import { needsEvidence } from "@/lib/domain/events/event-rules";
import type { EventComplianceView, EventItemView, EventSummaryView, EvidenceView } from "./types";

// Pure builders of the view shapes from stored rows (no database, no server-only): the services and the
// seed's frozen reports use the same ones.

type EventOpdRef = { id: string; name: string; shortName: string };

/** The engine's view of stored items: platform and BAST items rest on verified snapshots. */
export const engineItem = (row: Pick<EventItemRow, "category" | "amountIdr" | "isUmk" | "isLocal" | "source">): EventItem => ({
  category: row.category,
  amountIdr: row.amountIdr,
  isUmk: row.isUmk,
  isLocal: row.isLocal,
  source: row.source === "declared" ? "declared" : "verified",
});

/** Compliance of the live items (voided ones excluded) under a policy. */
export const complianceOf = (rows: ReadonlyArray<EventItemRow>, policy: CompliancePolicy): EventComplianceView =>
  evaluateEvent(rows.filter((r) => r.voidedByAmendmentId === null).map(engineItem), policy);

const evidenceUrl = (eventId: string, itemId: string, evidenceId: string) => `/api/v1/events/${eventId}/items/${itemId}/evidence/${evidenceId}`;

export const evidenceView = (eventId: string, row: EvidenceRow): EvidenceView => ({
  id: row.id,
  contentType: row.contentType,
  sizeBytes: row.sizeBytes,
  originalName: row.originalName,
  uploadedAt: row.uploadedAt.toISOString(),
  url: evidenceUrl(eventId, row.itemId, row.id),
  thumbnailUrl: row.thumbnailKey ? `${evidenceUrl(eventId, row.itemId, row.id)}?variant=thumbnail` : null,
});

export const itemView = (row: EventItemRow & { businessName?: string | null }, evidence: readonly EvidenceRow[]): EventItemView => {
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

export const summaryView = (
  event: EventRow,
  opd: EventOpdRef,
  kabupaten: { id: string; name: string },
  compliance: EventComplianceView,
  amendmentCount: number,
): EventSummaryView => ({
  id: event.id,
  opd: { id: opd.id, name: opd.name, shortName: opd.shortName },
  title: event.title,
  type: event.type,
  startsAt: event.startsAt.toISOString(),
  endsAt: event.endsAt.toISOString(),
  fiscalYear: event.fiscalYear,
  kabupaten,
  attendees: event.attendees,
  budgetIdr: event.budgetIdr,
  status: event.status,
  closedAt: event.closedAt ? event.closedAt.toISOString() : null,
  compliance,
  amendmentCount,
});

