import "server-only";
import { db } from "@/db/client";
import { insertEvent } from "@/db/queries/events";
import { findKabupatenOfProvince } from "@/db/queries/regions";
import { findOpd } from "@/db/queries/opds";
import { authorize } from "@/lib/auth/authorize";
import { opdsWhere } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/domain/auth/roles";
import { eventFiscalYear, parseEventInstant } from "@/lib/domain/events/event-rules";
import { AppError, unprocessable } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { CreateEventInput } from "@/lib/validation/events";
import { buildEventDetail } from "@/lib/services/events/event-detail";
import { eventResource, type EventOpd } from "@/lib/services/events/event-access";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { EventDetailView } from "./types";

/** The venue kabupaten/kota inside the OPD's province, by id or exact name; 422 naming the field otherwise. */
export const resolveVenue = async (tx: Parameters<typeof findKabupatenOfProvince>[0], opd: EventOpd, kabupaten: string) => {
  const venue = await findKabupatenOfProvince(tx, { provinceId: opd.regionId, idOrName: kabupaten });
  if (!venue) {
    throw unprocessable(
      "unknown_kabupaten",
      { id: `Kabupaten/kota "${kabupaten}" tidak dikenal di provinsi ini.`, en: `Unknown kabupaten/kota "${kabupaten}" in this province.` },
      { field: "kabupaten", value: kabupaten },
    );
  }
  return venue;
};

/** The organizing OPD: the one named, else the only OPD where the viewer may write events. */
const organizingOpd = async (viewer: Viewer, opdId: string | undefined): Promise<EventOpd> => {
  if (opdId !== undefined) {
    const opd = await findOpd(db, opdId);
    authorize(viewer, "event.write", opd ? eventResource(opd) : { opdId });
    if (!opd) throw new AppError("not_found");
    return opd;
  }
  const writable = opdsWhere(viewer, "event.write");
  if (writable.length === 0) authorize(viewer, "event.write", { opdId: "-" });
  if (writable.length > 1) {
    throw unprocessable("opd_required", { id: "Anda anggota beberapa OPD: pilih OPD penyelenggara.", en: "You belong to several OPDs: choose the organizing OPD." }, { field: "opdId" });
  }
  const opd = await findOpd(db, writable[0]!);
  if (!opd) throw new AppError("not_found");
  authorize(viewer, "event.write", eventResource(opd));
  return opd;
};

/**
 * The organizing OPD's buyer records an event (kegiatan). Times are stored UTC; the fiscal year is the
 * WITA year it starts; the venue must be a kabupaten/kota of the OPD's province.
 */
export const createEvent = async (viewer: Viewer | null, input: CreateEventInput, now: Date = new Date()): Promise<EventDetailView> => {
  if (!viewer) authorize(viewer, "event.write");
  const opd = await organizingOpd(viewer, input.opdId);
  const startsAt = parseEventInstant(input.startsAt)!;
  const endsAt = parseEventInstant(input.endsAt)!;
  return db.transaction(async (tx) => {
    const venue = await resolveVenue(tx, opd, input.kabupaten);
    const event = await insertEvent(tx, {
      opdId: opd.id,
      title: input.title,
      type: input.type,
      startsAt,
      endsAt,
      fiscalYear: eventFiscalYear(startsAt),
      venueRegionId: venue.id,
      attendees: input.attendees,
      budgetIdr: input.budgetIdr,
      createdBy: viewer.userId,
      createdAt: now,
      updatedAt: now,
    });
    await appendAuditEvent(tx, {
      actor: actorOf(viewer),
      action: "event.created",
      entity: "event",
      entityId: event.id,
      data: {
        opdId: opd.id, title: event.title, type: event.type, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(),
        fiscalYear: event.fiscalYear, venueRegionId: venue.id, attendees: event.attendees, budgetIdr: event.budgetIdr,
      },
      at: now,
    });
    return buildEventDetail(tx, viewer, event, opd, [], now);
  });
};
