import "server-only";
import type { DbOrTx } from "@/db/client";
import { findEvent, type EventRow } from "@/db/queries/events";
import { findOpd } from "@/db/queries/opds";
import { authorize } from "@/lib/auth/authorize";
import { opdsWhere, regionsWhere } from "@/lib/auth/scopes";
import type { Action } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError } from "@/lib/errors";
import { loadActivePolicy } from "@/lib/services/procurement/active-policy";
import { EVENT_MESSAGES } from "./messages";

// Loading an event for an operation: who may, which OPD it belongs to, whether it is still open.

export type EventOpd = { id: string; regionId: string; name: string; shortName: string };

/** What can() is asked about an event: its OPD and that OPD's region (province). */
export const eventResource = (opd: Pick<EventOpd, "id" | "regionId">) => ({ opdId: opd.id, regionId: opd.regionId });


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
