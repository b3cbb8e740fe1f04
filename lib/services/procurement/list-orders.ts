import { db } from "@/db/client";
import { listOrdersFor } from "@/db/queries/orders";
import { authorize } from "@/lib/auth/authorize";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import type { OrderStatus } from "@/lib/domain/procurement/state-machine";
import type { OrderListItem } from "@/lib/validation/views/procurement-results";

/**
 * Orders the viewer is a party to, newest first: a seller's incoming orders (their businesses) and the
 * orders of the OPDs where they buy, approve or pay. Region-wide readers use the compliance views instead.
 */
export const listOrders = async (viewer: Viewer | null, filter: { statuses?: OrderStatus[] } = {}): Promise<OrderListItem[]> => {
  const businessIds = viewer?.memberships.filter((m) => m.businessId && can(viewer, "order.read", { businessId: m.businessId })).map((m) => m.businessId!) ?? [];
  const opdIds = viewer?.memberships.filter((m) => m.opdId && can(viewer, "order.read", { opdId: m.opdId })).map((m) => m.opdId!) ?? [];
  if (businessIds.length === 0 && opdIds.length === 0) authorize(viewer, "order.read", { opdId: "-", businessId: "-" });
  return listOrdersFor(db, { businessIds: [...new Set(businessIds)], opdIds: [...new Set(opdIds)], statuses: filter.statuses });
};
