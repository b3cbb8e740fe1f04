import type { Viewer } from "@/lib/domain/auth/roles";
import { awaitsSeller, SELLER_STEP_STATUSES } from "@/lib/domain/procurement/order-actions";
import { getOrder } from "./get-order";
import { listOrders } from "./list-orders";

/**
 * The orders of the viewer's businesses waiting on the seller (to accept or decline, or to ship), newest first,
 * each as the full order view with its `actions`: the seller acts on them right in the list.
 */
export const listOrdersAwaitingSeller = async (viewer: Viewer | null) => {
  const candidates = await listOrders(viewer, { statuses: [...SELLER_STEP_STATUSES] });
  const orders = await Promise.all(candidates.map((o) => getOrder(viewer, o.id)));
  return orders.filter((o) => awaitsSeller(o.actions));
};
