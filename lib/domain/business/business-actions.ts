import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { isBusinessPublic, VERIFICATION_TRANSITIONS, type VerificationDecision, type VerificationStatus } from "./verification";

/** A rejected seller may correct the registration and submit it again; nothing else reopens the wizard. */
export const isResubmittable = (status: VerificationStatus) => status === "rejected";

const allows = (decision: VerificationDecision, status: VerificationStatus) => VERIFICATION_TRANSITIONS[decision].from.includes(status);

export type BusinessForActions = {
  id: string;
  verificationStatus: VerificationStatus;
  /** Regions the business lies in (its kabupaten/kota and province): an admin of either decides. Omitted on the seller's own pages. */
  regionIds?: readonly string[];
};

export type BusinessActions = {
  verify: boolean;
  reject: boolean;
  suspend: boolean;
  reinstate: boolean;
  /** The seller's own: reopen a rejected registration. */
  resubmit: boolean;
};

/** What this viewer may do next with this business: the admin's decisions from the state machine, the seller's resubmit. */
export const businessActions = (viewer: Viewer | null, business: BusinessForActions): BusinessActions => {
  const mayDecide = (business.regionIds ?? []).some((regionId) => can(viewer, "business.verify", { regionId }));
  const decide = (d: VerificationDecision) => mayDecide && allows(d, business.verificationStatus);
  return {
    verify: decide("verify"),
    reject: decide("reject"),
    suspend: decide("suspend"),
    reinstate: decide("reinstate"),
    resubmit: can(viewer, "business.update", { businessId: business.id }) && isResubmittable(business.verificationStatus),
  };
};

/**
 * What the seller's status panel shows: the admin's reason only while the business cannot sell (the seller
 * must know what to fix), the verification date and re-check date only while verified.
 */
export const verificationDisplay = (status: VerificationStatus) => ({
  showsReason: !isBusinessPublic(status),
  showsVerifiedDate: isBusinessPublic(status),
  showsRecheckDue: isBusinessPublic(status),
});
