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
/** Procurement pages; their labels live in the procurement namespace (procurement.nav.*). */
export type ProcurementNavKey = "sellerOrders" | "cart" | "requests" | "approvals" | "orders" | "compliance" | "policy";
/** Event pages (events.nav.*) and payment pages (payments.nav.*). */
export type EventsNavKey = "events" | "auditEvents";
export type PaymentsNavKey = "treasury" | "paymentClock" | "payouts";
type LinkKey = NavKey | ProcurementNavKey | EventsNavKey | PaymentsNavKey;

const NAV_LINKS: readonly { key: LinkKey; href: string; roles: readonly Role[] }[] = [
  { key: "seller", href: "/penjual", roles: ["seller"] },
  { key: "sellerOrders", href: "/penjual/pesanan", roles: ["seller"] },
  { key: "opd", href: "/opd", roles: ["buyer", "approver", "treasurer"] },
  { key: "cart", href: "/keranjang", roles: ["buyer"] },
  { key: "requests", href: "/permintaan", roles: ["buyer"] },
  { key: "approvals", href: "/persetujuan", roles: ["approver"] },
  { key: "orders", href: "/pesanan", roles: ["buyer", "approver", "treasurer"] },
  { key: "treasury", href: "/bendahara", roles: ["treasurer"] },
  { key: "events", href: "/kegiatan", roles: ["buyer", "approver", "treasurer"] },
  { key: "audit", href: "/audit", roles: ["auditor"] },
  { key: "compliance", href: "/audit/kepatuhan", roles: ["auditor", "approver"] },
  { key: "auditEvents", href: "/audit/kegiatan", roles: ["auditor"] },
  { key: "paymentClock", href: "/audit/pembayaran", roles: ["auditor"] },
  { key: "admin", href: "/admin", roles: ["admin"] },
  { key: "policy", href: "/admin/kebijakan", roles: ["admin"] },
  { key: "payouts", href: "/admin/pencairan", roles: ["admin"] },
];

const BASE_NAV_KEYS: ReadonlySet<string> = new Set<NavKey>(["seller", "opd", "audit", "admin"]);

const EVENTS_NAV_KEYS: ReadonlySet<string> = new Set<EventsNavKey>(["events", "auditEvents"]);
const PAYMENTS_NAV_KEYS: ReadonlySet<string> = new Set<PaymentsNavKey>(["treasury", "paymentClock", "payouts"]);

/** The message key of a header link's label. */
export const navLabelKey = (key: LinkKey) => {
  if (BASE_NAV_KEYS.has(key)) return `nav.${key as NavKey}` as const;
  if (EVENTS_NAV_KEYS.has(key)) return `events.nav.${key as EventsNavKey}` as const;
  if (PAYMENTS_NAV_KEYS.has(key)) return `payments.nav.${key as PaymentsNavKey}` as const;
  return `procurement.nav.${key as ProcurementNavKey}` as const;
};

/**
 * Which links the header shows. Only a convenience: every page still decides access through can().
 */
export const navLinksFor = (roles: readonly Role[]) =>
  NAV_LINKS.filter((link) => link.roles.some((r) => roles.includes(r))).map(({ key, href }) => ({ key, href }));

/**
 * Where "Jual di Pasar UMK" leads: a visitor signs up first; a signed-in person with no business yet (a new
 * account, or an ASN or admin who also runs one) goes straight to the business registration. A seller
 * already has a business, so the offer is not shown (null).
 */
export const sellPathFor = (user: { roles: readonly Role[] } | null): string | null => {
  if (!user) return "/daftar";
  return user.roles.includes("seller") ? null : "/daftar-usaha";
};
