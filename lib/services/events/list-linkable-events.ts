import "server-only";
import { db } from "@/db/client";
import { listOpenEventsOfOpd } from "@/db/queries/events";
import { findOpd } from "@/db/queries/opds";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { eventResource } from "@/lib/services/events/event-access";
import type { EventType } from "./types";

export type LinkableEvent = { id: string; title: string; type: EventType; startsAt: string; endsAt: string };

/** Open events of the OPD, for the cart's "for which event?" picker (the OPD's buyer only). */
export const listLinkableEvents = async (viewer: Viewer | null, opdId: string): Promise<LinkableEvent[]> => {
  const opd = await findOpd(db, opdId);
  authorize(viewer, "event.write", opd ? eventResource(opd) : { opdId });
  const rows = await listOpenEventsOfOpd(db, opdId);
  return rows.map((r) => ({ id: r.id, title: r.title, type: r.type, startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString() }));
};
