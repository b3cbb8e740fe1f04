import { orNotFound } from "@/lib/services/or-not-found";
import { findOpd } from "@/db/queries/opds";
import type { DbOrTx } from "@/db/client";
import { findOrder } from "@/db/queries/orders";
import { authorize } from "@/lib/auth/authorize";
import type { Action } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { notFound } from "@/lib/errors";

/**
 * Loads an order (locked when writing) and checks the viewer may do `action` on it, with the order's OPD,
 * region and business as the resource. Unknown ids answer 404 only to viewers who could act on some order.
 */
export const loadOrderFor = async (tx: DbOrTx, viewer: Viewer | null, action: Action, orderId: string, options: { forUpdate?: boolean } = {}) => {
  const order = await findOrder(tx, orderId, options);
  if (!order) {
    authorize(viewer, action, { opdId: "-", businessId: "-", regionId: "-" });
    throw notFound();
  }
  const opd = orNotFound(await findOpd(tx, order.opdId));
  authorize(viewer, action, { opdId: order.opdId, regionId: opd.regionId, businessId: order.businessId });
  return { order, opd, viewer };
};
