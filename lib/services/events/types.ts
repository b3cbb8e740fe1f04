import type { EventStatus } from "@/lib/validation/views/events";

// The events views are defined once, as zod schemas, in lib/validation/views/events.ts (the OpenAPI document uses
// the same schemas); re-exported here so the services' `./types` imports stay as they are.
export type {
  AmendmentView, EventComplianceView, EventDetailView, EventItemSource, EventItemView, EventStatus, EventSummaryView, EventType, EvidenceView,
  ShareTotalsView,
} from "@/lib/validation/views/events";

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
