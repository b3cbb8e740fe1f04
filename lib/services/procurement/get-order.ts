import { db } from "@/db/client";
import { findBusinessName } from "@/db/queries/businesses";
import { findOrderSellerSnapshot, listOrderLines } from "@/db/queries/order-lines";
import { findPurchaseRequest } from "@/db/queries/purchase-requests";
import { findRatingOfOrder } from "@/db/queries/ratings";
import { listReceiptsOfOrder } from "@/db/queries/receipts";
import type { Viewer } from "@/lib/domain/auth/roles";
import { orderActions } from "@/lib/domain/procurement/order-actions";
import { outstandingQuantity } from "@/lib/domain/procurement/order-progress";
import { remainingToReceiveIdr } from "@/lib/domain/payments/amounts";
import { buildOrderPayments } from "@/lib/services/payments/get-order-payments";
import { loadOrderFor } from "./order-access";
import type { OrderView } from "@/lib/validation/views/procurement";

/**
 * An order as every party sees it (buyer, approver and treasurer of the OPD, the seller of the business,
 * auditor and admin of the region): lines with their snapshots, the BAST(s), the timeline, and the money:
 * invoices (one per BAST; `invoice` is the latest), payments and the platform's payout.
 */
export const getOrder = async (viewer: Viewer | null, orderId: string): Promise<OrderView> => {
  const { order, opd } = await loadOrderFor(db, viewer, "order.read", orderId);
  const [lines, receipts, rating, business, request, money, seller] = await Promise.all([
    listOrderLines(db, order.id),
    listReceiptsOfOrder(db, order.id),
    findRatingOfOrder(db, order.id),
    findBusinessName(db, order.businessId),
    findPurchaseRequest(db, order.requestId),
    buildOrderPayments(db, viewer, order, opd.regionId),
    findOrderSellerSnapshot(db, order.id),
  ]);
  const receivedValueIdr = receipts.reduce((s, r) => s + r.receivedValueIdr, 0);
  // close-remaining shrinks the total to what was received while lines keep what was ordered.
  const remainderClosed = order.totalIdr === receivedValueIdr && lines.some((l) => l.receivedQuantity < l.quantity);
  const basts = receipts.map((r) => ({
    id: r.id,
    number: r.number,
    signedBy: r.signedBy,
    signerName: r.signerName,
    signedAt: r.signedAt,
    receivedValueIdr: r.receivedValueIdr,
    note: r.note,
    lines: r.lines,
  }));
  const lineViews = lines.map((l) => {
    /** Cancelled by close-remaining: ordered, never delivered, not billed. */
    const closedQuantity = remainderClosed ? l.quantity - l.receivedQuantity : 0;
    return {
      id: l.id,
      productId: l.productId,
      title: l.title,
      categorySlug: l.categorySlug,
      quantity: l.quantity,
      unitPriceIdr: l.unitPriceIdr,
      lineTotalIdr: l.lineTotalIdr,
      receivedQuantity: l.receivedQuantity,
      closedQuantity,
      /** What another BAST may still receive. */
      outstandingQuantity: outstandingQuantity({ quantity: l.quantity, receivedQuantity: l.receivedQuantity, closedQuantity }),
      sellerIsUmk: l.sellerIsUmk,
      isLocal: l.isLocal,
    };
  });
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    totalIdr: order.totalIdr,
    businessId: order.businessId,
    businessName: business?.name ?? null,
    /** The seller's snapshot at submission (NIB, kabupaten, scale): what the Surat Pesanan names. */
    seller,
    opdId: order.opdId,
    opdName: opd.name,
    requestId: order.requestId,
    requestNumber: request?.number ?? null,
    budgetLineId: order.budgetLineId,
    lines: lineViews,
    timeline: {
      placedAt: order.placedAt,
      acceptedAt: order.acceptedAt,
      declinedAt: order.declinedAt,
      declineReason: order.declineReason,
      shippedAt: order.shippedAt,
      shipNote: order.shipNote,
      receivedAt: order.receivedAt,
      cancelledAt: order.cancelledAt,
      cancelReason: order.cancelReason,
      /** The timeline's last step when the order was cancelled (orders cancelled before timestamps fall back to placement). */
      cancelled: order.status === "cancelled" ? { at: order.cancelledAt ?? order.placedAt, reason: order.cancelReason } : null,
    },
    /** The latest BAST; `basts` lists every one when receipt was partial. */
    bast: basts.at(-1) ?? null,
    basts,
    rating: rating ? { stars: rating.stars, comment: rating.comment, ratedBy: rating.ratedBy, createdAt: rating.createdAt } : null,
    /** The latest invoice; `invoices` lists one per BAST. */
    invoice: money.invoices.at(-1) ?? null,
    invoices: money.invoices,
    payments: money.payments,
    payout: money.payout,
    outstandingIdr: money.outstandingIdr,
    remainderClosed,
    /** Ordered value no BAST has received (what "close the rest" would cancel). */
    undeliveredIdr: remainingToReceiveIdr(order.totalIdr, receipts.map((r) => r.receivedValueIdr)),
    /** What this viewer may do next; the page shows only these. */
    actions: orderActions(viewer, {
      status: order.status,
      opdId: order.opdId,
      businessId: order.businessId,
      totalIdr: order.totalIdr,
      lines: lineViews,
      receivedValuesIdr: receipts.map((r) => r.receivedValueIdr),
      isRated: Boolean(rating),
    }),
  };
};
