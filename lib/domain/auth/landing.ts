import type { Role } from "./roles";

/** Where each role's work is: the PPK's inbox, the treasurer's payment queue, the buyer's OPD home, … */
export const ROLE_HOME: Record<Role, string> = {
  admin: "/admin",
  auditor: "/audit",
  approver: "/persetujuan",
  treasurer: "/bendahara",
  buyer: "/opd",
  seller: "/penjual",
  partner: "/mitra",
};

/**
 * One person may hold several roles; they land on the work of the first role in this order. The region-wide
 * roles come first (an admin who also sells runs the verification queue before their shop), then the OPD's
 * roles by what blocks others: a PPK's undecided request holds up the buyer and the seller, an unpaid invoice
 * holds up the seller, a buyer's own cart holds up no one. The seller comes last: a civil servant who also runs
 * a small business signs in for the office first. The other homes stay one click away in the header.
 */
export const LANDING_PRIORITY: readonly Role[] = ["admin", "auditor", "approver", "treasurer", "buyer", "seller", "partner"];

/** The landing page for a signed-in person; null when they hold no role yet. */
export const landingPathFor = (roles: readonly Role[]): string | null => {
  const role = LANDING_PRIORITY.find((r) => roles.includes(r));
  return role ? ROLE_HOME[role] : null;
};
