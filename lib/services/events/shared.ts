import "server-only";
import type { DbOrTx } from "@/db/client";
import { listAmendmentsOfEvents, type AmendmentRow } from "@/db/queries/event-amendments";
import { listEvidenceOfItems, type EvidenceRow } from "@/db/queries/event-evidence";
import { type EventItemRow } from "@/db/queries/event-items";
import { findEvent, type EventRow } from "@/db/queries/events";
import { listRequestsOfEvent } from "@/db/queries/purchase-requests";
import { findRegionsByIds } from "@/db/queries/regions";
import { findUserNames } from "@/db/queries/users";
import { findOpd } from "@/db/queries/opds";
import { authorize } from "@/lib/auth/authorize";
import { opdsWhere, regionsWhere } from "@/lib/auth/scopes";
import { can, type Action } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { eventActions, eventItemActions, isOpenEvent } from "@/lib/domain/events/event-actions";
import { AppError } from "@/lib/errors";
import { loadActivePolicy } from "@/lib/services/procurement/active-policy";
import type { AmendmentView, EventComplianceView, EventDetailView } from "./types";
import { complianceOf, itemView, summaryView } from "./views";

export type EventOpd = { id: string; regionId: string; name: string; shortName: string };

/** What can() is asked about an event: its OPD and that OPD's region (province). */
export const eventResource = (opd: Pick<EventOpd, "id" | "regionId">) => ({ opdId: opd.id, regionId: opd.regionId });

export const EVENT_MESSAGES = {
  closed: {
    id: "Kegiatan ini sudah ditutup; koreksi hanya lewat amandemen dengan alasan.",
    en: "This event is closed; corrections go through an amendment with a reason.",
  },
  open: {
    id: "Kegiatan ini masih terbuka; ubah itemnya langsung. Amandemen hanya untuk kegiatan yang sudah ditutup.",
    en: "This event is still open; change its items directly. Amendments are for closed events only.",
  },
} as const;

/**
 * 401 for anonymous viewers; for unknown ids 404 to anyone who reads events somewhere and 403 to the
 * rest (sellers), so an id never tells a seller whether it exists.
 */
const unknownEvent = (viewer: Viewer | null): never => {
  if (!viewer) authorize(viewer, "event.read");
  if (opdsWhere(viewer, "event.read").length === 0 && regionsWhere(viewer, "event.read").length === 0) throw new AppError("forbidden");
  throw new AppError("not_found");
};

/** Loads an event (locked when writing) and its OPD, and checks the viewer may do `action` on it. */
export const loadEventFor = async (
  db: DbOrTx,
  viewer: Viewer | null,
  action: Action,
  eventId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ event: EventRow; opd: EventOpd; viewer: Viewer }> => {
  if (!viewer) authorize(viewer, action);
  const event = await findEvent(db, eventId, options);
  if (!event) return unknownEvent(viewer);
  const opd = await findOpd(db, event.opdId);
  if (!opd) return unknownEvent(viewer);
  authorize(viewer, action, eventResource(opd));
  return { event, opd, viewer };
};

export const assertOpen = (event: Pick<EventRow, "status">) => {
  if (event.status !== "open") throw new AppError("conflict", EVENT_MESSAGES.closed, { reason: "event_closed" });
};

/** The policy a report is judged by: the one in force when it closed, or now for an open event. */
export const policyForEvent = async (db: DbOrTx, event: Pick<EventRow, "status" | "closedAt">, regionId: string, now: Date) =>
  (await loadActivePolicy(db, regionId, event.status === "closed" && event.closedAt ? event.closedAt : now)).policy;

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
