import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import type { Viewer } from "@/lib/domain/auth/roles";
import { witaDate } from "@/lib/domain/time/wita";
import { decideCertificate } from "@/lib/services/businesses/decide-certificate";
import { submitCertificate } from "@/lib/services/businesses/submit-certificate";
import { claimGapBatchFor } from "@/lib/services/gap-board/claim-gap-batch";
import { createGapBatch } from "@/lib/services/gap-board/create-gap-batch";
import { getGapBatch } from "@/lib/services/gap-board/get-gap-batch";
import { addPartnerMember } from "@/lib/services/partners/add-partner-member";
import { getPartnerHome } from "@/lib/services/partners/get-partner-home";
import { registerPartner } from "@/lib/services/partners/register-partner";
import { verifyPartner } from "@/lib/services/partners/verify-partner";
import { changePartnershipStatus } from "@/lib/services/partnerships/change-partnership-status";
import { listPartnershipsFor } from "@/lib/services/partnerships/list-partnerships";
import { proposePartnership } from "@/lib/services/partnerships/propose-partnership";
import { getBusinessReadiness } from "@/lib/services/readiness/get-business-readiness";
import { minimalPdf } from "../setup/upload-fixtures";
import { auditOf, rejects, useTempDataDir, viewerByEmail } from "./business-helpers";
import { sellerOf } from "./payments-helpers";
import { seedDemoParties } from "./procurement-helpers";
import { fixtureBusiness, fixtureCategory, fixtureProduct, regionIdByName } from "./readiness-helpers";

// The partner journey through the services: the admin registers and verifies a partner, posts a batch from a
// profile filter, the partner claims it (a partnership is proposed to each member), the UMK accepts, adds the
// missing certificate, Diskop verifies it, and the batch's progress moves — measured from data only.

useTempDataDir();

let admin: Viewer;
let partnerUser: Viewer;
let otherPartnerUser: Viewer;
let seller: Viewer;
let businessId: string;
let partnerId: string;
let lombokTengah: string;
let province: string;

const partnershipOf = async (viewer: Viewer) => (await listPartnershipsFor(viewer)).find((p) => p.businessId === businessId && p.partnerId === partnerId)!;

beforeAll(async () => {
  ({ admin } = await seedDemoParties(db));
  [lombokTengah, province] = await Promise.all([regionIdByName(db, "Lombok Tengah"), regionIdByName(db, "Nusa Tenggara Barat")]);
  const food = await fixtureCategory(db, { isFood: true });
  businessId = await fixtureBusiness(db, { kabupatenId: lombokTengah, kbli: "10792", name: "UD Dodol Uji Praya" });
  await fixtureProduct(db, { businessId, categoryId: food.id, kabupatenId: lombokTengah });
  seller = await sellerOf(db, businessId);

  ({ id: partnerId } = await registerPartner(admin, { regionId: province, name: "Pusat Halal Uji", kind: "perguruan_tinggi" }));
  const other = await registerPartner(admin, { regionId: province, name: "Asosiasi Uji", kind: "asosiasi" });
  await verifyPartner(admin, { partnerId });
  await verifyPartner(admin, { partnerId: other.id });
  await addPartnerMember(admin, { partnerId, email: "mitra.uji@uji.test", name: "Mitra Uji" });
  await addPartnerMember(admin, { partnerId: other.id, email: "asosiasi.uji@uji.test", name: "Asosiasi Uji" });
  [partnerUser, otherPartnerUser] = await Promise.all([viewerByEmail(db, "mitra.uji@uji.test"), viewerByEmail(db, "asosiasi.uji@uji.test")]);
}, 120_000);

describe("partner organizations", () => {
  it("only the admin registers; an unverified partner cannot act; every write is audited", async () => {
    expect((await rejects(registerPartner(seller, { regionId: province, name: "Liar", kind: "ngo" }))).code).toBe("forbidden");
    const pending = await registerPartner(admin, { regionId: province, name: "Koperasi Belum", kind: "koperasi" });
    expect((await rejects(addPartnerMember(admin, { partnerId: pending.id, email: "x@uji.test", name: "X" }))).code).toBe("conflict");
    expect((await rejects(verifyPartner(admin, { partnerId }))).code).toBe("conflict");
    expect((await auditOf(db, partnerId)).map((a) => a.action)).toEqual(["partner.registered", "partner.verified", "partner.member_added"]);
    expect(partnerUser.memberships).toEqual([expect.objectContaining({ role: "partner", partnerId })]);
  });
});

describe("gap board and partnership", () => {
  let batchId: string;

  it("the admin posts a batch from a filter; members are the UMKs with the gap today", async () => {
    expect((await rejects(createGapBatch(partnerUser, { gapCode: "FOOD_PERMIT_MISSING", kabupatenId: lombokTengah, categoryId: null }))).code).toBe("forbidden");
    const batch = await createGapBatch(admin, { gapCode: "FOOD_PERMIT_MISSING", kabupatenId: lombokTengah, categoryId: null });
    batchId = batch.id;
    const detail = await getGapBatch(admin, { batchId });
    expect(detail.members!.map((m) => m.businessId)).toContain(businessId);
    expect(detail.progress).toMatchObject({ total: batch.progress.total, closed: 0 });
    // Before claiming, a partner sees the totals of an open batch, not who is in it.
    const seen = await getGapBatch(partnerUser, { batchId });
    expect(seen.members).toBeUndefined();
    expect(seen.actions.claim).toBe(true);
  });

  it("a partner without an accepted partnership gets 403 on the UMK's readiness profile", async () => {
    expect((await rejects(getBusinessReadiness(partnerUser, { businessId }))).code).toBe("forbidden");
  });

  it("the partner claims (one claim only) and a certifier partnership is proposed to every member", async () => {
    await claimGapBatchFor(partnerUser, { batchId, partnerId });
    expect((await rejects(claimGapBatchFor(otherPartnerUser, { batchId, partnerId: (otherPartnerUser.memberships[0]!.partnerId)! }))).code).toBe("conflict");
    expect((await rejects(claimGapBatchFor(otherPartnerUser, { batchId, partnerId }))).code).toBe("forbidden");
    const p = await partnershipOf(seller);
    expect(p).toMatchObject({ type: "certifier", status: "proposed", startsOn: witaDate(new Date()) });
    expect(p.actions).toMatchObject({ accept: true, decline: true });
    // Still only proposed: the profile stays closed.
    expect((await rejects(getBusinessReadiness(partnerUser, { businessId }))).code).toBe("forbidden");
    // The partner cannot accept on the UMK's behalf.
    expect((await rejects(changePartnershipStatus(partnerUser, { partnershipId: p.id, event: "accept" }))).code).toBe("forbidden");
  });

  it("the UMK accepts: the partner now reads the profile; another partner still gets 403", async () => {
    const p = await partnershipOf(seller);
    await changePartnershipStatus(seller, { partnershipId: p.id, event: "accept" });
    expect((await rejects(changePartnershipStatus(seller, { partnershipId: p.id, event: "accept" }))).code).toBe("conflict");
    const profile = await getBusinessReadiness(partnerUser, { businessId });
    expect(profile.gaps).toContain("FOOD_PERMIT_MISSING");
    expect((await rejects(getBusinessReadiness(otherPartnerUser, { businessId }))).code).toBe("forbidden");
    expect((await auditOf(db, p.id)).map((a) => a.action)).toEqual(["partnership.proposed", "partnership.accepted"]);
  });

  it("the certificate counts only once verified; then the batch's progress moves and the partner is credited", async () => {
    const submitted = await submitCertificate(seller, { businessId, kind: "halal", number: "ID52110000123450925", document: minimalPdf() });
    expect((await getGapBatch(admin, { batchId })).members!.find((m) => m.businessId === businessId)!.closed).toBe(false);
    expect((await rejects(decideCertificate(partnerUser, { submissionId: submitted.id, decision: "verify" }))).code).toBe("forbidden");
    await decideCertificate(admin, { submissionId: submitted.id, decision: "verify" });
    const after = await getGapBatch(partnerUser, { batchId });
    expect(after.members!.find((m) => m.businessId === businessId)!.closed).toBe(true);
    expect(after.progress.closed).toBeGreaterThanOrEqual(1);
    const home = await getPartnerHome(partnerUser);
    expect(home.credited.closedGaps).toBe(after.progress.closed);
    expect(home.claimed.map((b) => b.id)).toEqual([batchId]);
    const rows = (await db.execute(sql`SELECT kind::text FROM business_certifications WHERE business_id = ${businessId}`)) as unknown as Array<{ kind: string }>;
    expect(rows).toEqual([{ kind: "halal" }]);
    expect((await auditOf(db, submitted.id)).map((a) => a.action)).toEqual(["certification.submitted", "certification.verified"]);
  });

  it("once ended, the partnership no longer opens the profile", async () => {
    const p = await partnershipOf(partnerUser);
    await changePartnershipStatus(partnerUser, { partnershipId: p.id, event: "end" });
    expect((await rejects(getBusinessReadiness(partnerUser, { businessId }))).code).toBe("forbidden");
    expect((await getBusinessReadiness(seller, { businessId })).businessId).toBe(businessId);
  });

  it("a partner proposes directly; the same type twice while open is refused", async () => {
    const first = await proposePartnership(otherPartnerUser, { partnerId: otherPartnerUser.memberships[0]!.partnerId!, businessId, type: "mentor", startsOn: "2026-12-01", endsOn: "2027-03-01" });
    expect(first.status).toBe("proposed");
    expect((await rejects(proposePartnership(otherPartnerUser, { partnerId: otherPartnerUser.memberships[0]!.partnerId!, businessId, type: "mentor", startsOn: "2026-12-01" }))).code).toBe("conflict");
    await changePartnershipStatus(seller, { partnershipId: first.id, event: "decline" });
    expect((await rejects(getBusinessReadiness(otherPartnerUser, { businessId }))).code).toBe("forbidden");
  });
});
