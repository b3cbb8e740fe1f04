import { db } from "@/db/client";
import { updateOrder } from "@/db/queries/orders";
import type { Viewer } from "@/lib/domain/auth/roles";
import { canTransitionOrder } from "@/lib/domain/procurement/state-machine";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { ShipOrderInput } from "@/lib/validation/procurement";
import { loadOrderFor } from "./order-access";
import { PROCUREMENT_MESSAGES } from "@/lib/services/procurement/messages";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { conflict } from "@/lib/errors";
import { orNotFound } from "@/lib/services/or-not-found";
import type { OrderTransition } from "@/lib/validation/views/procurement-results";
import { tellOrder } from "@/lib/services/notifications/tell";

/** The seller marks an accepted order as shipped, with an optional note (courier, receipt number). */
export const shipOrder = async (viewer: Viewer | null, orderId: string, input: ShipOrderInput = {}, now: Date = new Date()): Promise<OrderTransition> =>
  db.transaction(async (tx) => {
    const { order, viewer: seller } = await loadOrderFor(tx, viewer, "order.fulfil", orderId, { forUpdate: true });
    if (!canTransitionOrder(order.status, "shipped")) throw conflict("wrong_order_status", PROCUREMENT_MESSAGES.wrongOrderState, { status: order.status });
    const updated = orNotFound(await updateOrder(tx, { id: order.id, businessId: order.businessId }, { status: "shipped", shippedAt: now, shipNote: input.note ?? null }));
    await appendAuditEvent(tx, {
      actor: actorOf(seller),
      action: "order.shipped",
      entity: "order",
      entityId: order.id,
      data: { number: order.number, note: input.note ?? null },
      at: now,
    });
    await tellOrder(tx, "order.shipped", order.id, { at: now, actorId: seller.userId });
    return { id: updated.id, number: updated.number, status: updated.status };
  });
