import "server-only";
import { db } from "@/db/client";
import { listEvidenceOfItems } from "@/db/queries/event-evidence";
import { deleteEventItem, findEventItem } from "@/db/queries/event-items";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError, conflict } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { fileStorage } from "@/lib/storage";
import { assertOpen, loadEventFor } from "@/lib/services/events/event-access";
import { actorOf } from "@/lib/domain/audit/audit-event";

/**
 * Removes an item (and its evidence) from an open event; on a closed event items are voided by an
 * amendment instead (409 `event_closed`); items a BAST added stay (409 `order_item`). Files are deleted only after the row removal committed.
 */
export const removeEventItem = async (viewer: Viewer | null, eventId: string, itemId: string, now: Date = new Date()): Promise<void> => {
  const keys = await db.transaction(async (tx) => {
    const { event, viewer: buyer } = await loadEventFor(tx, viewer, "event.write", eventId, { forUpdate: true });
    assertOpen(event);
    const item = await findEventItem(tx, { eventId: event.id, itemId });
    if (!item) throw new AppError("not_found");
    if (item.source === "order") {
      // A BAST line is a procurement fact: the event reports what was received, so it stays.
      throw conflict("order_item", {
        id: "Item ini berasal dari BAST pesanan yang terkait dan tidak dapat dihapus.",
        en: "This item comes from the BAST of a linked order and cannot be removed.",
      });
    }
    const evidence = await listEvidenceOfItems(tx, [item.id]);
    await deleteEventItem(tx, { eventId: event.id, opdId: event.opdId, itemId: item.id });
    await appendAuditEvent(tx, {
      actor: actorOf(buyer),
      action: "event.item_removed",
      entity: "event",
      entityId: event.id,
      data: {
        itemId: item.id, category: item.category, description: item.description, amountIdr: item.amountIdr, source: item.source,
        businessId: item.businessId, supplierName: item.supplierName, evidence: evidence.map((e) => ({ id: e.id, sha256: e.sha256 })),
      },
      at: now,
    });
    return evidence.flatMap((e) => [e.storageKey, ...(e.thumbnailKey ? [e.thumbnailKey] : [])]);
  });
  await Promise.allSettled(keys.map((k) => fileStorage().delete(k)));
};
