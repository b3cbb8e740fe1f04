import "server-only";
import { db } from "@/db/client";
import { insertAmendment, setAmendmentResult } from "@/db/queries/event-amendments";
import { insertEventItems, listItemsOfEvents, voidEventItems } from "@/db/queries/event-items";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError, unprocessable } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { AmendEventInput } from "@/lib/validation/events";
import { itemRowOf } from "./item-row";
import { EVENT_MESSAGES } from "@/lib/services/events/messages";
import { loadEventFor, policyForEvent } from "@/lib/services/events/event-access";
import { complianceOf } from "@/lib/services/events/views";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { AmendmentView } from "./types";
import { orNotFound } from "@/lib/services/or-not-found";

/**
 * Corrects a closed event (409 `event_open` while open) with a reason: new items carry the amendment id,
 * voided ones keep their row with `voided_by_amendment_id`. The frozen report stays; the amendment stores
 * its changes and the report after it.
 */
export const amendEvent = async (viewer: Viewer | null, eventId: string, input: AmendEventInput, now: Date = new Date()): Promise<AmendmentView> =>
  db.transaction(async (tx) => {
    const { event, opd, viewer: buyer } = await loadEventFor(tx, viewer, "event.write", eventId, { forUpdate: true });
    if (event.status !== "closed") throw new AppError("conflict", EVENT_MESSAGES.open, { reason: "event_open" });
    const before = await listItemsOfEvents(tx, [event.id]);
    const voidIds = [...new Set(input.voidItemIds ?? [])];
    for (const id of voidIds) {
      const item = before.find((i) => i.id === id);
      if (!item || item.voidedByAmendmentId !== null) {
        throw unprocessable(
          "unknown_item",
          { id: "Item yang dibatalkan tidak ada di kegiatan ini atau sudah dibatalkan.", en: "An item to void is not on this event or is already voided." },
          { field: "voidItemIds", itemId: id },
        );
      }
    }
    const amendment = orNotFound(
      await insertAmendment(tx, { opdId: event.opdId }, {
        eventId: event.id, reason: input.reason, changes: {}, reportAfter: {}, createdBy: buyer.userId, createdAt: now,
      }),
    );
    const rows = [];
    for (const add of input.addItems ?? []) rows.push(await itemRowOf(tx, { eventId: event.id, opd, input: add, createdBy: buyer.userId, amendmentId: amendment.id, now }));
    const added = orNotFound(await insertEventItems(tx, { eventId: event.id, opdId: event.opdId }, rows));
    if (voidIds.length > 0) await voidEventItems(tx, { eventId: event.id, opdId: event.opdId, itemIds: voidIds, amendmentId: amendment.id });
    const policy = await policyForEvent(tx, event, opd.regionId, now);
    const reportAfter = complianceOf(await listItemsOfEvents(tx, [event.id]), policy);
    const changes = { addedItemIds: added.map((i) => i.id), voidedItemIds: voidIds };
    orNotFound(
      await setAmendmentResult(tx, { id: amendment.id, eventId: event.id, opdId: event.opdId }, { changes, reportAfter: reportAfter as unknown as Record<string, unknown> }),
    );
    await appendAuditEvent(tx, {
      actor: actorOf(buyer),
      action: "event.amended",
      entity: "event",
      entityId: event.id,
      data: {
        amendmentId: amendment.id, reason: input.reason, ...changes,
        added: added.map((i) => ({ id: i.id, category: i.category, amountIdr: i.amountIdr, source: i.source, businessId: i.businessId, isUmk: i.isUmk, isLocal: i.isLocal })),
        totalIdr: reportAfter.totalIdr, localUmkIdr: reportAfter.localUmkIdr, verdict: reportAfter.verdict,
      },
      at: now,
    });
    return {
      id: amendment.id,
      reason: amendment.reason,
      createdAt: amendment.createdAt.toISOString(),
      createdBy: { id: buyer.userId, name: buyer.name },
      changes,
      reportAfter,
    };
  });
