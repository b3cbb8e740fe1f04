import { can, PERMISSIONS, type Action } from "@/lib/domain/auth/can";
import type { Membership, Role, Viewer } from "@/lib/domain/auth/roles";

const NTB = "region-ntb";
const OTHER_REGION = "region-bali";
const PARIWISATA = "opd-pariwisata";
const BKAD = "opd-bkad";
const WEAVER = "business-weaver";

const viewerWith = (...memberships: Array<Partial<Membership> & { role: Role }>): Viewer => ({
  userId: "user-1",
  email: "u@pasarumk.test",
  name: "U",
  memberships: memberships.map((m) => ({ regionId: NTB, opdId: null, businessId: null, ...m })),
});

const buyer = viewerWith({ role: "buyer", opdId: PARIWISATA });
const approver = viewerWith({ role: "approver", opdId: PARIWISATA });
const treasurer = viewerWith({ role: "treasurer", opdId: PARIWISATA });
const seller = viewerWith({ role: "seller", businessId: WEAVER });
const auditor = viewerWith({ role: "auditor" });
const admin = viewerWith({ role: "admin" });

describe("can()", () => {
  it("allows nothing to anonymous viewers", () => {
    for (const action of Object.keys(PERMISSIONS) as Action[]) expect(can(null, action, { regionId: NTB })).toBe(false);
  });

  it("lets only auditors and admins verify the audit chain", () => {
    expect(can(auditor, "audit.verify")).toBe(true);
    expect(can(admin, "audit.verify")).toBe(true);
    for (const v of [buyer, approver, treasurer, seller]) expect(can(v, "audit.verify")).toBe(false);
  });

  it("scopes OPD roles to their own OPD", () => {
    expect(can(buyer, "purchase_request.create", { opdId: PARIWISATA })).toBe(true);
    expect(can(buyer, "purchase_request.create", { opdId: BKAD })).toBe(false);
    expect(can(buyer, "purchase_request.create", {})).toBe(false);
    expect(can(treasurer, "payment.record", { opdId: PARIWISATA })).toBe(true);
    expect(can(buyer, "payment.record", { opdId: PARIWISATA })).toBe(false);
  });

  it("never lets an approver approve their own request, nor another OPD's", () => {
    expect(can(approver, "purchase_request.approve", { opdId: PARIWISATA, ownerId: "someone-else" })).toBe(true);
    expect(can(approver, "purchase_request.approve", { opdId: PARIWISATA, ownerId: approver.userId })).toBe(false);
    expect(can(approver, "purchase_request.approve", { opdId: BKAD, ownerId: "someone-else" })).toBe(false);
    expect(can(buyer, "purchase_request.approve", { opdId: PARIWISATA, ownerId: "someone-else" })).toBe(false);
  });

  it("lets sellers touch only their own business", () => {
    expect(can(seller, "product.write", { businessId: WEAVER })).toBe(true);
    expect(can(seller, "product.write", { businessId: "business-other" })).toBe(false);
    expect(can(buyer, "product.write", { businessId: WEAVER })).toBe(false);
  });

  it("gives auditors and admins region-wide reads only in their region", () => {
    expect(can(auditor, "opd.read", { regionId: NTB, opdId: BKAD })).toBe(true);
    expect(can(auditor, "opd.read", { regionId: OTHER_REGION, opdId: "x" })).toBe(false);
    expect(can(admin, "business.verify", { regionId: NTB })).toBe(true);
    expect(can(auditor, "business.verify", { regionId: NTB })).toBe(false);
    expect(can(approver, "compliance.read", { regionId: NTB, opdId: PARIWISATA })).toBe(true);
    expect(can(approver, "compliance.read", { regionId: NTB, opdId: BKAD })).toBe(false);
  });

  it("lets any signed-in person register a business", () => {
    expect(can(viewerWith(), "business.register")).toBe(true);
    expect(can(null, "business.register")).toBe(false);
  });

  it("combines the grants of a person holding several roles", () => {
    const both = viewerWith({ role: "buyer", opdId: PARIWISATA }, { role: "seller", businessId: WEAVER });
    expect(can(both, "purchase_request.create", { opdId: PARIWISATA })).toBe(true);
    expect(can(both, "product.write", { businessId: WEAVER })).toBe(true);
    expect(can(both, "audit.verify")).toBe(false);
  });

  it("lets the uploader read their own document whatever their roles, and only sellers and admins otherwise", () => {
    const newcomer = viewerWith();
    expect(can(newcomer, "business_document.read", { ownerId: newcomer.userId })).toBe(true);
    expect(can(newcomer, "business_document.read", { ownerId: "someone-else" })).toBe(false);
    expect(can(newcomer, "business_document.read", {})).toBe(false);
    expect(can(seller, "business_document.read", { ownerId: "someone-else", businessId: WEAVER })).toBe(true);
    expect(can(seller, "business_document.read", { ownerId: "someone-else", businessId: "business-other" })).toBe(false);
    expect(can(admin, "business_document.read", { ownerId: "someone-else", regionId: NTB })).toBe(true);
    expect(can(admin, "business_document.read", { ownerId: "someone-else", regionId: OTHER_REGION })).toBe(false);
    expect(can(auditor, "business_document.read", { ownerId: "someone-else", regionId: NTB })).toBe(false);
  });
});
