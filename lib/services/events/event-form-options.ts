import "server-only";
import { db } from "@/db/client";
import { findOpdsByIds } from "@/db/queries/opds";
import { listKabupatenOfProvinces } from "@/db/queries/regions";
import { authorize } from "@/lib/auth/authorize";
import { opdsWhere } from "@/lib/auth/scopes";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { EVENT_ITEM_CATEGORIES } from "@/lib/domain/events/event-compliance";
import { EVENT_TYPES } from "@/lib/validation/events";
import { eventResource } from "@/lib/services/events/event-access";

export type EventFormOptions = {
  opds: Array<{ id: string; name: string; shortName: string; regionId: string }>;
  kabupaten: Array<{ id: string; name: string; provinceId: string }>;
  types: readonly string[];
  categories: readonly string[];
};

/** What the create-event form offers: the OPDs the viewer may organize for and the venues of their provinces. */
export const eventFormOptions = async (viewer: Viewer | null): Promise<EventFormOptions> => {
  if (!viewer) authorize(viewer, "event.write");
  const opds = (await findOpdsByIds(db, opdsWhere(viewer, "event.write"))).filter((o) => can(viewer, "event.write", eventResource(o)));
  if (opds.length === 0) authorize(viewer, "event.write", { opdId: "-" });
  opds.sort((a, b) => a.name.localeCompare(b.name));
  const kabupaten = await listKabupatenOfProvinces(db, [...new Set(opds.map((o) => o.regionId))]);
  return { opds, kabupaten, types: EVENT_TYPES, categories: EVENT_ITEM_CATEGORIES };
};
