import type { EventActions, EventItemActions } from "@/lib/domain/events/event-actions";
import type { EventCompliance, ShareTotals } from "@/lib/domain/events/event-compliance";
import type { EventItemView } from "@/lib/domain/events/event-views";

// The shapes the events services return: pages, server actions and the API all read these.
// Times are ISO strings (UTC); pages show them in WITA.

export type EventType = "rapat" | "pelatihan" | "upacara" | "festival" | "lainnya";
export type EventStatus = "open" | "closed";
export type { EventItemSource } from "@/lib/domain/events/event-views";

export type ShareTotalsView = ShareTotals;

/**
 * The API contract's `compliance` object: exactly what the pure engine (lib/domain/events/event-compliance)
 * computes, so the two cannot drift apart. Findings keep both languages, routes pick one.
 */
export type EventComplianceView = EventCompliance;

// Built by the pure builders in lib/domain/events/event-views, which the seed shares.
export type { EventItemView, EvidenceView } from "@/lib/domain/events/event-views";

export type AmendmentView = {
  id: string;
  reason: string;
  createdAt: string;
  createdBy: { id: string; name: string };
  changes: { addedItemIds: string[]; voidedItemIds: string[] };
  reportAfter: EventComplianceView;
};

export type EventSummaryView = {
  id: string;
  opd: { id: string; name: string; shortName: string };
  title: string;
  type: EventType;
  startsAt: string;
  endsAt: string;
  fiscalYear: number;
  kabupaten: { id: string; name: string };
  attendees: number;
  budgetIdr: number;
  status: EventStatus;
  closedAt: string | null;
  /** Current figures: the closed report with amendments applied, or live while open. */
  compliance: EventComplianceView;
  amendmentCount: number;
};

export type EventDetailView = EventSummaryView & {
  createdBy: { id: string; name: string };
  closedBy: { id: string; name: string } | null;
  /** Live items, each with what this viewer may do to it. */
  items: Array<EventItemView & { actions: EventItemActions }>;
  /** Frozen at closing; never changes, amendments are listed beside it. */
  closedReport: { closedAt: string; compliance: EventComplianceView; items: EventItemView[] } | null;
  amendments: AmendmentView[];
  linkedRequests: Array<{ id: string; number: string; status: string }>;
  permissions: { canEdit: boolean; canClose: boolean; canAmend: boolean };
  /** Open: edited directly; closed: a frozen report that only amendments change. */
  isOpen: boolean;
  /** What this viewer may do next (eventActions); the pages show only these. */
  actions: EventActions;
};

export type EventListFilter = {
  fiscalYear?: number;
  opdId?: string;
  status?: EventStatus;
  /** meets: no findings; below: has findings; empty: nothing recorded yet. */
  compliance?: "meets" | "below" | "empty";
  /** WITA calendar dates (YYYY-MM-DD) the event starts within. */
  from?: string;
  to?: string;
};
