import "server-only";
import { db } from "@/db/client";
import { listAmendmentsOfEvents } from "@/db/queries/event-amendments";
import { listItemsOfEvents } from "@/db/queries/event-items";
import { listEventsOfOpds } from "@/db/queries/events";
import { findRegionsByIds } from "@/db/queries/regions";
import { listOpdsOfRegions } from "@/db/queries/opds";
import { authorize } from "@/lib/auth/authorize";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { complianceBucket } from "@/lib/domain/events/event-rules";
import { witaDate, witaMidnight } from "@/lib/domain/time/wita";
import { eventResource, policyForEvent } from "@/lib/services/events/event-access";
import { complianceOf, summaryView } from "@/lib/services/events/views";
import type { EventListFilter, EventSummaryView } from "./types";

const nextDay = (date: string) => new Date(witaMidnight(date).getTime() + 24 * 60 * 60 * 1000);

/**
 * Events the viewer may read (own OPDs for OPD members, the whole region for auditors/admins; sellers
 * 403), newest first, each with its current compliance (voided items excluded). `from`/`to` are WITA dates.
 */
export const listEvents = async (viewer: Viewer | null, filter: EventListFilter = {}, now: Date = new Date()): Promise<EventSummaryView[]> => {
  if (!viewer) authorize(viewer, "event.read");
  const regionIds = [...new Set(viewer.memberships.map((m) => m.regionId))];
  const opds = (await listOpdsOfRegions(db, regionIds)).filter((o) => can(viewer, "event.read", eventResource(o)));
  if (filter.opdId !== undefined && !opds.some((o) => o.id === filter.opdId)) authorize(viewer, "event.read", { opdId: filter.opdId });
  if (opds.length === 0) authorize(viewer, "event.read", { opdId: "-" });
  const scoped = filter.opdId !== undefined ? opds.filter((o) => o.id === filter.opdId) : opds;
  const events = await listEventsOfOpds(db, {
    opdIds: scoped.map((o) => o.id),
    fiscalYear: filter.fiscalYear,
    status: filter.status,
    startsFrom: filter.from ? witaMidnight(filter.from) : undefined,
    startsBefore: filter.to ? nextDay(filter.to) : undefined,
  });
  const ids = events.map((e) => e.id);
  const [items, amendments, venues] = await Promise.all([
    listItemsOfEvents(db, ids),
    listAmendmentsOfEvents(db, ids),
    findRegionsByIds(db, [...new Set(events.map((e) => e.venueRegionId))]),
  ]);
  // Many events share a policy (same region, same day): read each one once.
  const policies = new Map<string, ReturnType<typeof policyForEvent>>();
  const views: EventSummaryView[] = [];
  for (const event of events) {
    const opd = scoped.find((o) => o.id === event.opdId)!;
    const key = `${opd.regionId}|${witaDate(event.status === "closed" && event.closedAt ? event.closedAt : now)}`;
    if (!policies.has(key)) policies.set(key, policyForEvent(db, event, opd.regionId, now));
    const policy = await policies.get(key)!;
    const compliance = complianceOf(items.filter((i) => i.eventId === event.id), policy);
    if (filter.compliance !== undefined && complianceBucket(compliance) !== filter.compliance) continue;
    const venue = venues.find((v) => v.id === event.venueRegionId) ?? { id: event.venueRegionId, name: "" };
    views.push(summaryView(event, opd, venue, compliance, amendments.filter((a) => a.eventId === event.id).length));
  }
  return views;
};
