import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { canTransitionRequest, isEditableRequest, type PurchaseRequestStatus } from "./state-machine";

export type RequestForActions = { status: PurchaseRequestStatus; opdId: string; buyerId: string; regionId?: string };

export type PurchaseRequestActions = {
  /** The PPK's three decisions go together: a submitted request of their OPD that they did not write. */
  approve: boolean;
  reject: boolean;
  return: boolean;
  /** The buyer who wrote a draft or returned request submits it again, or takes it back into the cart. */
  resubmit: boolean;
  revise: boolean;
  /** A PPK looking at their own submitted request: told why the decision forms are missing. */
  ownRequestNotice: boolean;
};

/** What this viewer may do next with this request, from the state machine and can(); the services check again. */
export const purchaseRequestActions = (viewer: Viewer | null, request: RequestForActions): PurchaseRequestActions => {
  const scope = { opdId: request.opdId, regionId: request.regionId };
  const mayDecide = canTransitionRequest(request.status, "approved") && can(viewer, "purchase_request.approve", { ...scope, ownerId: request.buyerId });
  const isOwner = viewer !== null && viewer.userId === request.buyerId;
  const mayEdit = isOwner && isEditableRequest(request.status) && can(viewer, "purchase_request.create", scope);
  return {
    approve: mayDecide,
    reject: mayDecide && canTransitionRequest(request.status, "rejected"),
    return: mayDecide && canTransitionRequest(request.status, "returned"),
    resubmit: mayEdit,
    revise: mayEdit,
    ownRequestNotice: isOwner && canTransitionRequest(request.status, "approved") && can(viewer, "purchase_request.approve", scope),
  };
};
