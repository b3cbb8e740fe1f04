import { db } from "@/db/client";
import { countOrderLinePrices } from "@/db/queries/order-price-counts";
import { updateOrder } from "@/db/queries/orders";
import type { Viewer } from "@/lib/domain/auth/roles";
import { canTransitionOrder } from "@/lib/domain/procurement/state-machine";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { DeclineOrderInput } from "@/lib/validation/procurement";
import { loadOrderFor } from "./order-access";
import { releaseOrderHoldings } from "./release-order-holdings";
import { PROCUREMENT_MESSAGES } from "@/lib/services/procurement/messages";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { conflict } from "@/lib/errors";
import { orNotFound } from "@/lib/services/or-not-found";
import type { OrderTransition } from "@/lib/validation/views/procurement-results";
import { tellOrder } from "@/lib/services/notifications/tell";

/**
 * The seller declines a placed order with a reason. In the same transaction the reserved stock returns to
 * each product (queued for search) and the order's total is released from the committed budget.
 */
export const declineOrder = async (viewer: Viewer | null, orderId: string, input: DeclineOrderInput, now: Date = new Date()): Promise<OrderTransition> =>
  db.transaction(async (tx) => {
    const { order, viewer: seller } = await loadOrderFor(tx, viewer, "order.fulfil", orderId, { forUpdate: true });
    if (!canTransitionOrder(order.status, "declined")) throw conflict("wrong_order_status", PROCUREMENT_MESSAGES.wrongOrderState, { status: order.status });
    const released = await releaseOrderHoldings(tx, order);
    const updated = orNotFound(await updateOrder(tx, { id: order.id, businessId: order.businessId }, { status: "declined", declinedAt: now, declineReason: input.reason }));
    // Out of spending: its lines leave the category medians' counts (before the chain, as approval adds them).
    await countOrderLinePrices(tx, { orderIds: [order.id], sign: -1 });
    await appendAuditEvent(tx, {
      actor: actorOf(seller),
      action: "order.declined",
      entity: "order",
      entityId: order.id,
      data: { number: order.number, reason: input.reason, budgetLineId: order.budgetLineId, ...released },
      at: now,
    });
    await tellOrder(tx, "order.declined", order.id, { at: now, actorId: seller.userId, params: { reason: input.reason } });
    return { id: updated.id, number: updated.number, status: updated.status };
  });
