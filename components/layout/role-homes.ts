import type { Role } from "@/lib/domain/auth/roles";

/** Where each role works. Buyer, approver and treasurer share the OPD home. */
export const ROLE_HOME: Record<Role, string> = {
  admin: "/admin",
  auditor: "/audit",
  approver: "/opd",
  treasurer: "/opd",
  buyer: "/opd",
  seller: "/penjual",
};

// The widest view first: someone who is both admin and seller lands on the admin work queue.
const HOME_PRIORITY: readonly Role[] = ["admin", "auditor", "approver", "treasurer", "buyer", "seller"];

/** The landing page for a signed-in person; null when they hold no role yet. */
export const homeFor = (roles: readonly Role[]): string | null => {
  const role = HOME_PRIORITY.find((r) => roles.includes(r));
  return role ? ROLE_HOME[role] : null;
};

export type NavKey = "seller" | "opd" | "audit" | "admin";

const NAV_LINKS: readonly { key: NavKey; href: string; roles: readonly Role[] }[] = [
  { key: "seller", href: "/penjual", roles: ["seller"] },
  { key: "opd", href: "/opd", roles: ["buyer", "approver", "treasurer"] },
  { key: "audit", href: "/audit", roles: ["auditor"] },
  { key: "admin", href: "/admin", roles: ["admin"] },
];

/**
 * Which links the header shows. Only a convenience: every page still decides access through can().
 */
export const navLinksFor = (roles: readonly Role[]) =>
  NAV_LINKS.filter((link) => link.roles.some((r) => roles.includes(r))).map(({ key, href }) => ({ key, href }));
