import { db } from "@/db/client";
import { listRequestsOfBuyer } from "@/db/queries/purchase-requests";
import type { Viewer } from "@/lib/domain/auth/roles";
import { assertBuyer } from "./cart-access";
import type { MyPurchaseRequest } from "@/lib/validation/views/procurement-results";

/** The buyer's own purchase requests (drafts, returned, submitted, decided), newest first. */
export const listMyPurchaseRequests = async (viewer: Viewer | null): Promise<MyPurchaseRequest[]> => {
  assertBuyer(viewer);
  return listRequestsOfBuyer(db, viewer.userId);
};
