import type { Viewer } from "@/lib/domain/auth/roles";
import type { RejectPurchaseRequestInput } from "@/lib/validation/procurement";
import { closeRequestWithoutOrders } from "./close-request-without-orders";

/** The PPK refuses a submitted request of their own OPD with a reason; final (no orders, nothing reserved). */
export const rejectPurchaseRequest = (viewer: Viewer | null, requestId: string, input: RejectPurchaseRequestInput, now: Date = new Date()) =>
  closeRequestWithoutOrders(viewer, requestId, { status: "rejected", note: input.reason, auditData: { reason: input.reason } }, now);
