import "server-only";
import type { DbOrTx } from "@/db/client";
import { insertEventItems } from "@/db/queries/event-items";
import { findEventOfOrder } from "@/db/queries/events";
import { listReceiptLinesWithSnapshot } from "@/db/queries/receipts";
import type { Viewer } from "@/lib/domain/auth/roles";
import { eventCategoryForCatalog } from "@/lib/domain/events/event-category";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { orNotFound } from "@/lib/services/or-not-found";

/**
 * Called inside the BAST transaction: when the order's request is linked to an event, each received line
 * becomes an item (source "order") valued at received qty × snapshot unit price, with the seller snapshot of
 * the request line. A closed event is left untouched — the BAST still stands and the audit trail says why
 * its lines were not added (an amendment can add them).
 */
export const recordEventItemsForReceipt = async (
  tx: DbOrTx,
  params: { orderId: string; receiptId: string; receiptNumber: string; actor: Viewer; now: Date },
): Promise<{ eventId: string; itemIds: string[] } | null> => {
  const link = await findEventOfOrder(tx, params.orderId);
  if (!link) return null;
  const { event, requestId } = link;
  const lines = await listReceiptLinesWithSnapshot(tx, params.receiptId);
  if (event.status !== "open") {
    await appendAuditEvent(tx, {
      actor: actorOf(params.actor),
      action: "event.receipt_not_recorded",
      entity: "event",
      entityId: event.id,
      data: { reason: "event_closed", orderId: params.orderId, receiptId: params.receiptId, bastNumber: params.receiptNumber, receiptLineIds: lines.map((l) => l.receiptLineId) },
      at: params.now,
    });
    return { eventId: event.id, itemIds: [] };
  }
  const items = orNotFound(await insertEventItems(
    tx,
    { eventId: event.id, opdId: event.opdId },
    lines.map((l) => ({
      category: eventCategoryForCatalog(l.categorySlug, l.isFood),
      description: `${l.title} × ${l.quantity} (${params.receiptNumber})`,
      amountIdr: l.quantity * l.unitPriceIdr,
      source: "order" as const,
      businessId: l.businessId,
      supplierName: l.sellerName,
      supplierNib: l.sellerNib,
      supplierScale: l.sellerScale,
      supplierKabupaten: l.sellerKabupaten,
      supplierVerifiedAt: l.sellerVerifiedAt,
      isUmk: l.sellerIsUmk,
      isLocal: l.isLocal,
      receiptLineId: l.receiptLineId,
      purchaseRequestId: requestId,
      createdBy: params.actor.userId,
      createdAt: params.now,
    })),
  ));
  await appendAuditEvent(tx, {
    actor: actorOf(params.actor),
    action: "event.items_recorded_from_bast",
    entity: "event",
    entityId: event.id,
    data: {
      orderId: params.orderId, receiptId: params.receiptId, bastNumber: params.receiptNumber, purchaseRequestId: requestId,
      items: items.map((i) => ({ id: i.id, receiptLineId: i.receiptLineId, category: i.category, amountIdr: i.amountIdr, isUmk: i.isUmk, isLocal: i.isLocal })),
    },
    at: params.now,
  });
  return { eventId: event.id, itemIds: items.map((i) => i.id) };
};
