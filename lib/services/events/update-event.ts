import "server-only";
import { db } from "@/db/client";
import { listItemsOfEvents } from "@/db/queries/event-items";
import { updateEventRow } from "@/db/queries/events";
import type { Viewer } from "@/lib/domain/auth/roles";
import { eventFiscalYear, parseEventInstant } from "@/lib/domain/events/event-rules";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { UpdateEventInput } from "@/lib/validation/events";
import { resolveVenue } from "./create-event";
import { assertOpen, loadEventFor } from "@/lib/services/events/event-access";
import { buildEventDetail } from "@/lib/services/events/event-detail";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { unprocessable } from "@/lib/errors";
import type { EventDetailView } from "./types";
import { orNotFound } from "@/lib/services/or-not-found";

/** The organizing OPD's buyer edits an open event's details; a closed one is corrected by amendment only. */
export const updateEvent = async (viewer: Viewer | null, eventId: string, input: UpdateEventInput, now: Date = new Date()): Promise<EventDetailView> =>
  db.transaction(async (tx) => {
    const { event, opd, viewer: buyer } = await loadEventFor(tx, viewer, "event.write", eventId, { forUpdate: true });
    assertOpen(event);
    const startsAt = input.startsAt !== undefined ? parseEventInstant(input.startsAt)! : event.startsAt;
    const endsAt = input.endsAt !== undefined ? parseEventInstant(input.endsAt)! : event.endsAt;
    if (endsAt < startsAt) {
      throw unprocessable("dates_out_of_order", { id: "Waktu selesai harus setelah waktu mulai.", en: "The end must be after the start." }, { field: "endsAt" });
    }
    const venue = input.kabupaten !== undefined ? await resolveVenue(tx, opd, input.kabupaten) : undefined;
    const set = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.type !== undefined ? { type: input.type } : {}),
      ...(input.attendees !== undefined ? { attendees: input.attendees } : {}),
      ...(input.budgetIdr !== undefined ? { budgetIdr: input.budgetIdr } : {}),
      ...(venue ? { venueRegionId: venue.id } : {}),
      startsAt,
      endsAt,
      fiscalYear: eventFiscalYear(startsAt),
      updatedAt: now,
    };
    const updated = orNotFound(await updateEventRow(tx, { id: event.id, opdId: event.opdId }, set));
    await appendAuditEvent(tx, {
      actor: actorOf(buyer),
      action: "event.updated",
      entity: "event",
      entityId: event.id,
      data: { ...set, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), updatedAt: undefined },
      at: now,
    });
    return buildEventDetail(tx, buyer, updated, opd, await listItemsOfEvents(tx, [event.id]), now);
  });
