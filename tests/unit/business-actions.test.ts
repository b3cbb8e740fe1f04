import { businessActions, isResubmittable, verificationDisplay, type BusinessActions } from "@/lib/domain/business/business-actions";
import type { VerificationStatus } from "@/lib/domain/business/verification";
import { admin, BUSINESS, buyer, NTB, otherSeller, seller, viewerWith } from "./helpers/viewers";

const STATUSES: VerificationStatus[] = ["pending", "verified", "rejected", "suspended"];
const KABUPATEN = "region-lombok-tengah";
const business = (verificationStatus: VerificationStatus) => ({ id: BUSINESS, verificationStatus, regionIds: [KABUPATEN, NTB] });
const none: BusinessActions = { verify: false, reject: false, suspend: false, reinstate: false, resubmit: false };

describe("businessActions", () => {
  it.each(STATUSES)("gives the region's admin the decisions the state machine allows (%s)", (status) => {
    expect(businessActions(admin, business(status))).toEqual({
      ...none,
      verify: status === "pending",
      reject: status === "pending",
      suspend: status === "verified",
      reinstate: status === "suspended",
    });
  });

  it("gives an admin of another region nothing", () => {
    const elsewhere = viewerWith("bali-admin", { role: "admin", regionId: "region-bali" });
    for (const status of STATUSES) expect(businessActions(elsewhere, business(status))).toEqual(none);
  });

  it.each(STATUSES)("lets the business's own seller resubmit only a rejected registration (%s)", (status) => {
    expect(businessActions(seller, business(status))).toEqual({ ...none, resubmit: status === "rejected" });
    expect(businessActions(otherSeller, business(status))).toEqual(none);
    expect(businessActions(buyer, business(status))).toEqual(none);
  });

  it("shows the reason while the business cannot sell and the dates while verified", () => {
    expect(verificationDisplay("verified")).toEqual({ showsReason: false, showsVerifiedDate: true, showsRecheckDue: true });
    for (const status of ["pending", "rejected", "suspended"] as const) {
      expect(verificationDisplay(status)).toEqual({ showsReason: true, showsVerifiedDate: false, showsRecheckDue: false });
    }
    expect(STATUSES.filter(isResubmittable)).toEqual(["rejected"]);
  });
});
