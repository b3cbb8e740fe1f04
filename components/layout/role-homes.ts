import type { Role } from "@/lib/domain/auth/roles";
import type { WaitingWork } from "@/lib/services/dashboards/count-waiting-work";

export type NavKey = "seller" | "opd" | "audit" | "admin";
/** Procurement pages; their labels live in the procurement namespace (procurement.nav.*). */
export type ProcurementNavKey = "sellerOrders" | "cart" | "requests" | "approvals" | "orders" | "compliance" | "policy";
/** Event pages (events.nav.*) and payment pages (payments.nav.*). */
export type EventsNavKey = "events" | "auditEvents";
export type PaymentsNavKey = "treasury" | "paymentClock" | "payouts";
/** Partner pages (issue 14, mitra.nav.*). */
export type MitraNavKey = "mitraHome" | "sellerPartnerships" | "sellerCertificates" | "adminPartners" | "certificateQueue";
/** Diklat pages (diklat.nav.*). */
export type DiklatNavKey = "programs" | "manage";
/** Exposure (issue 13): the admin's Etalase page (exposure.showcaseAdmin.title). */
export type ExposureNavKey = "showcases";
/** Red flags and the drill-down (issue 15, flags.nav.*). */
export type FlagsNavKey = "redFlags" | "drillDown";
type LinkKey = NavKey | ProcurementNavKey | EventsNavKey | PaymentsNavKey | MitraNavKey | DiklatNavKey | ExposureNavKey | FlagsNavKey;

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
  // Partners (issue 14)
  { key: "mitraHome", href: "/mitra", roles: ["partner"] },
  { key: "sellerPartnerships", href: "/penjual/kemitraan", roles: ["seller"] },
  { key: "sellerCertificates", href: "/penjual/sertifikat", roles: ["seller"] },
  { key: "adminPartners", href: "/admin/mitra", roles: ["admin"] },
  { key: "certificateQueue", href: "/admin/sertifikat", roles: ["admin"] },
  // Diklat (issue 14)
  { key: "programs", href: "/diklat", roles: ["seller"] },
  { key: "manage", href: "/admin/diklat", roles: ["admin", "partner"] },
  // Exposure (issue 13)
  { key: "showcases", href: "/admin/etalase", roles: ["admin"] },
  // Red flags and drill-down (issue 15, area flags).
  { key: "redFlags", href: "/audit/tanda", roles: ["auditor"] },
  { key: "drillDown", href: "/audit/telusur", roles: ["auditor"] },
];

const BASE_NAV_KEYS: ReadonlySet<string> = new Set<NavKey>(["seller", "opd", "audit", "admin"]);

const EVENTS_NAV_KEYS: ReadonlySet<string> = new Set<EventsNavKey>(["events", "auditEvents"]);
const PAYMENTS_NAV_KEYS: ReadonlySet<string> = new Set<PaymentsNavKey>(["treasury", "paymentClock", "payouts"]);
const MITRA_NAV_KEYS: ReadonlySet<string> = new Set<MitraNavKey>(["mitraHome", "sellerPartnerships", "sellerCertificates", "adminPartners", "certificateQueue"]);
const DIKLAT_NAV_KEYS: ReadonlySet<string> = new Set<DiklatNavKey>(["programs", "manage"]);
const FLAGS_NAV_KEYS: ReadonlySet<string> = new Set<FlagsNavKey>(["redFlags", "drillDown"]);

/** The message key of a header link's label. */
export const navLabelKey = (key: LinkKey) => {
  if (key === "showcases") return "exposure.showcaseAdmin.title" as const;
  if (BASE_NAV_KEYS.has(key)) return `nav.${key as NavKey}` as const;
  if (EVENTS_NAV_KEYS.has(key)) return `events.nav.${key as EventsNavKey}` as const;
  if (PAYMENTS_NAV_KEYS.has(key)) return `payments.nav.${key as PaymentsNavKey}` as const;
  if (MITRA_NAV_KEYS.has(key)) return `mitra.nav.${key as MitraNavKey}` as const;
  if (DIKLAT_NAV_KEYS.has(key)) return `diklat.nav.${key as DiklatNavKey}` as const;
  if (FLAGS_NAV_KEYS.has(key)) return `flags.nav.${key as FlagsNavKey}` as const;
  return `procurement.nav.${key as ProcurementNavKey}` as const;
};

/**
 * Which links the header shows. Only a convenience: every page still decides access through can().
 */
export const navLinksFor = (roles: readonly Role[]) =>
  NAV_LINKS.filter((link) => link.roles.some((r) => roles.includes(r))).map(({ key, href }) => ({ key, href }));

/** The count a header link carries ("Persetujuan (3)"); null for links without a queue behind them. */
export const waitingCountOf = (key: LinkKey, waiting: WaitingWork | null): number | null => {
  if (key === "approvals") return waiting?.approvals ?? null;
  if (key === "treasury") return waiting?.payments ?? null;
  return null;
};

/**
 * Where "Jual di Pasar UMK" leads: a visitor signs up first; a signed-in person with no business yet (a new
 * account, or an ASN or admin who also runs one) goes straight to the business registration. A seller
 * already has a business, so the offer is not shown (null).
 */
export const sellPathFor = (user: { roles: readonly Role[] } | null): string | null => {
  if (!user) return "/daftar";
  return user.roles.includes("seller") ? null : "/daftar-usaha";
};
