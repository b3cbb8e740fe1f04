import type { EventRow } from "@/db/queries/events";
import type { EventComplianceView, EventSummaryView } from "./types";

// Pure builders of the view shapes from stored rows (no database, no server-only). The item and evidence
// builders live in lib/domain/events/event-views because the seed's frozen reports use them too.
export { complianceOf, engineItem, evidenceView, itemView } from "@/lib/domain/events/event-views";

type EventOpdRef = { id: string; name: string; shortName: string };

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

