import "server-only";
import { db } from "@/db/client";
import { listItemsOfEvents } from "@/db/queries/event-items";
import type { Viewer } from "@/lib/domain/auth/roles";
import { buildEventDetail } from "@/lib/services/events/event-detail";
import { loadEventFor } from "@/lib/services/events/event-access";
import type { EventDetailView } from "./types";

/** The event with its items, evidence, frozen report and amendments, for OPD members and region auditors/admins. */
export const getEvent = async (viewer: Viewer | null, eventId: string, now: Date = new Date()): Promise<EventDetailView> =>
  db.transaction(async (tx) => {
    const { event, opd, viewer: reader } = await loadEventFor(tx, viewer, "event.read", eventId);
    return buildEventDetail(tx, reader, event, opd, await listItemsOfEvents(tx, [event.id]), now);
  }, { isolationLevel: "repeatable read", accessMode: "read only" });
