import { purchaseRequestActions, type PurchaseRequestActions } from "@/lib/domain/procurement/purchase-request-actions";
import { REQUEST_TRANSITIONS, type PurchaseRequestStatus } from "@/lib/domain/procurement/state-machine";
import { admin, approver, auditor, buyer, buyingApprover, NTB, OPD, otherOpdApprover, otherOpdBuyer, seller, treasurer } from "./helpers/viewers";

const STATUSES = Object.keys(REQUEST_TRANSITIONS) as PurchaseRequestStatus[];
const request = (status: PurchaseRequestStatus, buyerId = buyer.userId) => ({ status, opdId: OPD, regionId: NTB, buyerId });
const none: PurchaseRequestActions = { approve: false, reject: false, return: false, resubmit: false, revise: false, ownRequestNotice: false };

describe("purchaseRequestActions", () => {
  it.each(STATUSES)("lets the OPD's PPK decide only a submitted request (%s)", (status) => {
    const decides = status === "submitted";
    expect(purchaseRequestActions(approver, request(status))).toEqual({ ...none, approve: decides, reject: decides, return: decides });
  });

  it.each(STATUSES)("lets the buyer who wrote it resubmit or revise only a draft or returned request (%s)", (status) => {
    const edits = status === "draft" || status === "returned";
    expect(purchaseRequestActions(buyer, request(status))).toEqual({ ...none, resubmit: edits, revise: edits });
  });

  it("refuses self-approval and says why instead", () => {
    const own = purchaseRequestActions(buyingApprover, request("submitted", buyingApprover.userId));
    expect(own).toEqual({ ...none, ownRequestNotice: true });
    // Someone else's request in the same OPD: decides, and may not edit it.
    expect(purchaseRequestActions(buyingApprover, request("submitted"))).toEqual({ ...none, approve: true, reject: true, return: true });
  });

  it("gives a PPK or buyer of another OPD nothing", () => {
    for (const status of STATUSES) {
      expect(purchaseRequestActions(otherOpdApprover, request(status))).toEqual(none);
      expect(purchaseRequestActions(otherOpdBuyer, request(status, otherOpdBuyer.userId))).toEqual(none);
    }
  });

  it("gives readers who are not party to the decision nothing", () => {
    for (const viewer of [treasurer, auditor, admin, seller, null]) {
      for (const status of STATUSES) expect(purchaseRequestActions(viewer, request(status))).toEqual(none);
    }
  });

  it("lets another buyer of the same OPD read but not edit", () => {
    const colleague = { ...buyer, userId: "colleague" };
    expect(purchaseRequestActions(colleague, request("draft"))).toEqual(none);
  });
});
