import type { Viewer } from "@/lib/domain/auth/roles";
import type { ReturnPurchaseRequestInput } from "@/lib/validation/procurement";
import { closeRequestWithoutOrders } from "./close-request-without-orders";

/** The PPK sends a submitted request back to its buyer with a note; the buyer revises and resubmits it. */
export const returnPurchaseRequest = (viewer: Viewer | null, requestId: string, input: ReturnPurchaseRequestInput, now: Date = new Date()) =>
  closeRequestWithoutOrders(viewer, requestId, { status: "returned", note: input.note, auditData: { note: input.note } }, now);
