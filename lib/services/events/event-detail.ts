import "server-only";
import type { DbOrTx } from "@/db/client";
import { listAmendmentsOfEvents, type AmendmentRow } from "@/db/queries/event-amendments";
import { listEvidenceOfItems } from "@/db/queries/event-evidence";
import type { EventItemRow } from "@/db/queries/event-items";
import type { EventRow } from "@/db/queries/events";
import { listRequestsOfEvent } from "@/db/queries/purchase-requests";
import { findRegionsByIds } from "@/db/queries/regions";
import { findUserNames } from "@/db/queries/users";
import type { Viewer } from "@/lib/domain/auth/roles";
import { eventActions, eventItemActions, isOpenEvent } from "@/lib/domain/events/event-actions";
import { eventResource, policyForEvent, type EventOpd } from "./event-access";
import type { AmendmentView, EventComplianceView, EventDetailView } from "./types";
import { complianceOf, itemView, summaryView } from "./views";

const amendmentView = (row: AmendmentRow, names: Map<string, string>): AmendmentView => {
  const changes = row.changes as { addedItemIds?: string[]; voidedItemIds?: string[] };
  return {
    id: row.id,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    createdBy: { id: row.createdBy, name: names.get(row.createdBy) ?? "" },
    changes: { addedItemIds: changes.addedItemIds ?? [], voidedItemIds: changes.voidedItemIds ?? [] },
    reportAfter: row.reportAfter as unknown as EventComplianceView,
  };
};

/** Everything the event page, the report and the API show, read in the caller's transaction. */
export const buildEventDetail = async (
  db: DbOrTx,
  viewer: Viewer,
  event: EventRow,
  opd: EventOpd,
  items: ReadonlyArray<EventItemRow & { businessName?: string | null }>,
  now: Date,
): Promise<EventDetailView> => {
  const [evidence, amendments, linkedRequests, [venue], policy] = await Promise.all([
    listEvidenceOfItems(db, items.map((i) => i.id)),
    listAmendmentsOfEvents(db, [event.id]),
    listRequestsOfEvent(db, event.id),
    findRegionsByIds(db, [event.venueRegionId]),
    policyForEvent(db, event, opd.regionId, now),
  ]);
  const names = new Map(
    (await findUserNames(db, [event.createdBy, ...(event.closedBy ? [event.closedBy] : []), ...amendments.map((a) => a.createdBy)])).map((u) => [u.id, u.name]),
  );
  const actions = eventActions(viewer, { status: event.status, ...eventResource(opd) });
  const closedReport = event.closedReport as EventDetailView["closedReport"];
  return {
    ...summaryView(event, opd, venue ?? { id: event.venueRegionId, name: "" }, complianceOf([...items], policy), amendments.length),
    createdBy: { id: event.createdBy, name: names.get(event.createdBy) ?? "" },
    closedBy: event.closedBy ? { id: event.closedBy, name: names.get(event.closedBy) ?? "" } : null,
    items: items.map((i) => ({ ...itemView(i, evidence), actions: eventItemActions(event, actions, i) })),
    closedReport: event.status === "closed" ? closedReport : null,
    amendments: amendments.map((a) => amendmentView(a, names)),
    linkedRequests: linkedRequests.map((r) => ({ id: r.id, number: r.number, status: r.status })),
    // Kept for API clients; the same flags as `actions`.
    permissions: { canEdit: actions.edit, canClose: actions.close, canAmend: actions.amend },
    isOpen: isOpenEvent(event.status),
    actions,
  };
};
