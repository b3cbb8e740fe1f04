import { db } from "@/db/client";
import { updateOrder } from "@/db/queries/orders";
import type { Viewer } from "@/lib/domain/auth/roles";
import { canTransitionOrder } from "@/lib/domain/procurement/state-machine";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { loadOrderFor } from "./order-access";
import { PROCUREMENT_MESSAGES } from "@/lib/services/procurement/messages";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { conflict } from "@/lib/errors";
import { orNotFound } from "@/lib/services/or-not-found";
import type { OrderTransition } from "@/lib/validation/views/procurement-results";
import { tellOrder } from "@/lib/services/notifications/tell";

/** The seller of the order's business accepts a placed order (placed → accepted). */
export const acceptOrder = async (viewer: Viewer | null, orderId: string, now: Date = new Date()): Promise<OrderTransition> =>
  db.transaction(async (tx) => {
    const { order, viewer: seller } = await loadOrderFor(tx, viewer, "order.fulfil", orderId, { forUpdate: true });
    if (!canTransitionOrder(order.status, "accepted")) throw conflict("wrong_order_status", PROCUREMENT_MESSAGES.wrongOrderState, { status: order.status });
    const updated = orNotFound(await updateOrder(tx, { id: order.id, businessId: order.businessId }, { status: "accepted", acceptedAt: now }));
    await appendAuditEvent(tx, {
      actor: actorOf(seller),
      action: "order.accepted",
      entity: "order",
      entityId: order.id,
      data: { number: order.number, businessId: order.businessId },
      at: now,
    });
    await tellOrder(tx, "order.accepted", order.id, { at: now, actorId: seller.userId });
    return { id: updated.id, number: updated.number, status: updated.status };
  });
