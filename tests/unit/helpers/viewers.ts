import type { Membership, Role, Viewer } from "@/lib/domain/auth/roles";

// Demo viewers for the pure "available actions" tests: one OPD, one other OPD, one business, one region.
export const NTB = "region-ntb";
export const OPD = "opd-pariwisata";
export const OTHER_OPD = "opd-bkad";
export const BUSINESS = "business-weaver";
export const OTHER_BUSINESS = "business-potter";

export const viewerWith = (userId: string, ...memberships: Array<Partial<Membership> & { role: Role }>): Viewer => ({
  userId,
  email: `${userId}@pasarumk.test`,
  name: userId,
  memberships: memberships.map((m) => ({ regionId: NTB, opdId: null, businessId: null, ...m })),
});

export const buyer = viewerWith("buyer", { role: "buyer", opdId: OPD });
export const approver = viewerWith("approver", { role: "approver", opdId: OPD });
/** A PPK who also buys: may never approve what they wrote. */
export const buyingApprover = viewerWith("buying-approver", { role: "buyer", opdId: OPD }, { role: "approver", opdId: OPD });
export const otherOpdApprover = viewerWith("other-approver", { role: "approver", opdId: OTHER_OPD });
export const otherOpdBuyer = viewerWith("other-buyer", { role: "buyer", opdId: OTHER_OPD });
export const treasurer = viewerWith("treasurer", { role: "treasurer", opdId: OPD });
export const seller = viewerWith("seller", { role: "seller", businessId: BUSINESS });
export const otherSeller = viewerWith("other-seller", { role: "seller", businessId: OTHER_BUSINESS });
export const auditor = viewerWith("auditor", { role: "auditor" });
export const admin = viewerWith("admin", { role: "admin" });
