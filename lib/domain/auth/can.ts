import type { Membership, Role, Viewer } from "./roles";

/** What an action is about; services fill in what they know after loading the record. */
export type Resource = {
  /** The platform region (province) the record belongs to. */
  regionId?: string;
  opdId?: string;
  businessId?: string;
  /** The user who created the record, for rules such as "nobody approves their own request". */
  ownerId?: string;
  /** The partner organization the record belongs to (a partnership, a claimed batch). */
  partnerId?: string;
  /** Partners with an accepted partnership with `businessId`: the only way a partner sees a UMK's non-public data. */
  acceptedPartnerIds?: readonly string[];
};

type Scope = "global" | "region" | "opd" | "business" | "partner" | "partnership";
/** A role held in a scope, or — for records a person made themselves, whatever their roles — ownership. */
type Grant = { role: Role; scope: Scope; notOwner?: boolean } | { scope: "owner" };

const region = (role: Role): Grant => ({ role, scope: "region" });
const opd = (role: Role, extra: Partial<Grant> = {}): Grant => ({ role, scope: "opd", ...extra });
const business = (role: Role): Grant => ({ role, scope: "business" });
const anyRegion = (role: Role): Grant => ({ role, scope: "global" });
const owner = (): Grant => ({ scope: "owner" });
const partnerOrg = (role: Role): Grant => ({ role, scope: "partner" });
const viaPartnership = (role: Role): Grant => ({ role, scope: "partnership" });

/**
 * The one permission table. A grant matches when the viewer holds the role with a membership whose
 * scope covers the resource; nothing outside this table decides who may do what.
 */
export const PERMISSIONS = {
  "audit.verify": [anyRegion("auditor"), anyRegion("admin")],
  "audit.read": [region("auditor"), region("admin")],
  "compliance.read": [region("auditor"), region("admin"), opd("approver")],
  "business.register": [] as Grant[], // any signed-in user: see SIGNED_IN_ACTIONS
  "business.read_own": [business("seller")],
  "business.update": [business("seller")],
  "business.verify": [region("admin")],
  /**
   * A private certification document: its uploader (also mid-wizard, before any role), the sellers, the province's
   * admins, and a partner with an accepted partnership (issue 14).
   */
  "business_document.read": [owner(), business("seller"), region("admin"), viaPartnership("partner")],
  "product.write": [business("seller")],
  /** Photos of a business that is not (or no longer) verified: its sellers and the province's admins only. */
  "product_photo.read_unpublished": [business("seller"), region("admin")],
  "opd.read": [opd("buyer"), opd("approver"), opd("treasurer"), region("auditor"), region("admin")],
  "budget_line.read": [opd("buyer"), opd("approver"), opd("treasurer"), region("auditor"), region("admin")],
  "budget_line.manage": [region("admin")],
  "purchase_request.create": [opd("buyer")],
  "purchase_request.read": [opd("buyer"), opd("approver"), opd("treasurer"), region("auditor"), region("admin")],
  "purchase_request.approve": [opd("approver", { notOwner: true })],
  "order.fulfil": [business("seller")],
  "order.receive": [opd("buyer")],
  "order.read": [opd("buyer"), opd("approver"), opd("treasurer"), business("seller"), region("auditor"), region("admin")],
  "order.rate": [opd("buyer"), opd("approver")],
  "order.cancel": [opd("approver")],
  /** After a partial BAST: the buyer who signs BASTs or the PPK who signed the Surat Pesanan. */
  "order.close_remaining": [opd("buyer"), opd("approver")],
  "payment.record": [opd("treasurer")],
  "payment_clock.read": [opd("treasurer"), region("auditor"), region("admin")],
  "payout.record": [region("admin")],
  "event.write": [opd("buyer")],
  "event.read": [opd("buyer"), opd("approver"), opd("treasurer"), region("auditor"), region("admin")],
  "policy.manage": [region("admin")],
  "policy.read": [region("admin"), region("auditor"), region("buyer"), region("approver"), region("treasurer"), region("seller")],
  "user.manage": [region("admin")],
  "search.reindex": [anyRegion("admin")],
  /** Suspend or reinstate an account (never one's own): the platform's admins. */
  "user.suspend": [anyRegion("admin")],
  "notification_delivery.operate": [anyRegion("admin")],
  "demand.read": [region("admin"), anyRegion("seller")],
  // Partners (issue 14): a partner acts for its own organization and reads a UMK only through an accepted partnership.
  "partner.manage": [region("admin")],
  "partnership.propose": [partnerOrg("partner")],
  "partnership.decide": [business("seller")],
  "partnership.end": [business("seller"), partnerOrg("partner")],
  "partnership.read": [business("seller"), partnerOrg("partner"), region("admin")],
  "business.read_partnered": [business("seller"), viaPartnership("partner"), region("admin")],
  "gap_batch.manage": [region("admin")],
  "gap_batch.claim": [partnerOrg("partner")],
  "training_program.manage": [region("admin"), partnerOrg("partner")],
  "enrolment.request": [business("seller")],
  "attendance.record": [region("admin"), partnerOrg("partner")],
  // Diklat (issue 14): a program's outcomes compare groups of UMKs, so the organizer, admin and auditor read them.
  "training_outcome.read": [region("admin"), partnerOrg("partner"), region("auditor")],
  // Exposure (issue 13): Etalase curated by the province's admin (partners later); the lift is read by them too.
  "showcase.manage": [region("admin")],
  // Red flags (issue 15, area flags): recomputed for the region; only an auditor marks one reviewed.
  "red_flag.read": [region("auditor"), region("admin")],
  "red_flag.review": [region("auditor")],
  // Charts and reports (issue 15): the PDF audit report of one OPD and year is finance's region-wide read.
  "audit_report.read": [region("auditor"), region("admin")],
} satisfies Record<string, Grant[]>;

export type Action = keyof typeof PERMISSIONS;

const SIGNED_IN_ACTIONS: ReadonlySet<Action> = new Set<Action>(["business.register"]);

const covers = (m: Membership, grant: Grant & { scope: Scope }, resource: Resource): boolean => {
  switch (grant.scope) {
    case "global":
      return true;
    case "region":
      return resource.regionId !== undefined && m.regionId === resource.regionId;
    case "opd":
      return resource.opdId !== undefined && m.opdId === resource.opdId;
    case "business":
      return resource.businessId !== undefined && m.businessId === resource.businessId;
    case "partner":
      return resource.partnerId !== undefined && !!m.partnerId && m.partnerId === resource.partnerId;
    case "partnership":
      return !!m.partnerId && (resource.acceptedPartnerIds ?? []).includes(m.partnerId);
  }
};

/** Pure: may this viewer do this action on this resource? Anonymous viewers may do nothing here. */
export const can = (viewer: Viewer | null, action: Action, resource: Resource = {}): boolean => {
  if (!viewer) return false;
  if (SIGNED_IN_ACTIONS.has(action)) return true;
  return PERMISSIONS[action].some((grant: Grant) =>
    grant.scope === "owner"
      ? resource.ownerId !== undefined && resource.ownerId === viewer.userId
      : !(grant.notOwner && resource.ownerId === viewer.userId) &&
        viewer.memberships.some((m) => m.role === grant.role && covers(m, grant, resource)),
  );
};
