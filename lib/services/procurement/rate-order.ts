import { db } from "@/db/client";
import { insertRating, refreshBusinessRating } from "@/db/queries/ratings";
import { enqueueBusinessProductsSync } from "@/db/queries/search-outbox";
import type { Viewer } from "@/lib/domain/auth/roles";
import { isRateableOrder } from "@/lib/domain/procurement/state-machine";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { RateOrderInput } from "@/lib/validation/procurement";
import { loadOrderFor } from "./order-access";
import { PROCUREMENT_MESSAGES } from "@/lib/services/procurement/messages";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { conflict } from "@/lib/errors";
import type { OrderRating } from "@/lib/validation/views/procurement-results";
import { tellOrder } from "@/lib/services/notifications/tell";

/**
 * The buying OPD rates the seller 1–5 once per order, only after receipt (BAST). The business's average and
 * count are recomputed from all ratings in the same transaction and its products queued for search.
 */
export const rateOrder = async (viewer: Viewer | null, orderId: string, input: RateOrderInput, now: Date = new Date()): Promise<OrderRating> =>
  db.transaction(async (tx) => {
    const { order, viewer: rater } = await loadOrderFor(tx, viewer, "order.rate", orderId, { forUpdate: true });
    if (!isRateableOrder(order.status)) throw conflict("wrong_order_status", PROCUREMENT_MESSAGES.wrongOrderState, { status: order.status });
    const rating = await insertRating(tx, { orderId: order.id, businessId: order.businessId, stars: input.stars, comment: input.comment ?? null, ratedBy: rater.userId, createdAt: now });
    if (!rating) throw conflict("already_rated", { id: "Pesanan ini sudah dinilai.", en: "This order has already been rated." });
    const business = await refreshBusinessRating(tx, order.businessId);
    await enqueueBusinessProductsSync(tx, order.businessId);
    await appendAuditEvent(tx, {
      actor: actorOf(rater),
      action: "order.rated",
      entity: "order",
      entityId: order.id,
      data: { number: order.number, businessId: order.businessId, stars: input.stars, ratingAvg: business.avg, ratingCount: business.count },
      at: now,
    });
    await tellOrder(tx, "order.rated", order.id, { at: now, actorId: rater.userId, params: { stars: input.stars } });
    return { orderId: order.id, stars: rating.stars, comment: rating.comment, business: { id: order.businessId, ratingAvg: business.avg, ratingCount: business.count } };
  });
