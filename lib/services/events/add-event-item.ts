import "server-only";
import { db } from "@/db/client";
import { listEvidenceOfItems } from "@/db/queries/event-evidence";
import { insertEventItems } from "@/db/queries/event-items";
import type { Viewer } from "@/lib/domain/auth/roles";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { EventItemInput } from "@/lib/validation/events";
import { itemRowOf } from "./item-row";
import { assertOpen, loadEventFor } from "@/lib/services/events/event-access";
import { itemView } from "@/lib/services/events/views";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { EventItemView } from "./types";
import { orNotFound } from "@/lib/services/or-not-found";

/** Records what an open event used (409 `event_closed` once closed); platform items snapshot the business now. */
export const addEventItem = async (viewer: Viewer | null, eventId: string, input: EventItemInput, now: Date = new Date()): Promise<EventItemView> =>
  db.transaction(async (tx) => {
    const { event, opd, viewer: buyer } = await loadEventFor(tx, viewer, "event.write", eventId, { forUpdate: true });
    assertOpen(event);
    const row = await itemRowOf(tx, { eventId: event.id, opd, input, createdBy: buyer.userId, now });
    const [item] = orNotFound(await insertEventItems(tx, { eventId: event.id, opdId: event.opdId }, [row]));
    await appendAuditEvent(tx, {
      actor: actorOf(buyer),
      action: "event.item_added",
      entity: "event",
      entityId: event.id,
      data: {
        itemId: item!.id, category: item!.category, amountIdr: item!.amountIdr, source: item!.source, businessId: item!.businessId,
        supplierName: item!.supplierName, supplierNib: item!.supplierNib, isUmk: item!.isUmk, isLocal: item!.isLocal,
        declaredIsUmk: input.isUmk ?? null, declaredIsLocal: input.isLocal ?? null,
      },
      at: now,
    });
    return itemView({ ...item!, businessName: item!.businessId ? item!.supplierName : null }, await listEvidenceOfItems(tx, [item!.id]));
  });
