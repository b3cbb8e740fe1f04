import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";

const REGION = "00000000-0000-4000-8000-000000000052";
const PARTNER = "00000000-0000-4000-8000-0000000000a1";
const OTHER_PARTNER = "00000000-0000-4000-8000-0000000000a2";
const BUSINESS = "00000000-0000-4000-8000-0000000000b1";

const mitra: Viewer = {
  userId: "u-mitra",
  email: "mitra@pasarumk.test",
  name: "Mitra",
  memberships: [{ role: "partner", regionId: REGION, opdId: null, businessId: null, partnerId: PARTNER }],
};
const seller: Viewer = {
  userId: "u-seller",
  email: "s@pasarumk.test",
  name: "Penjual",
  memberships: [{ role: "seller", regionId: REGION, opdId: null, businessId: BUSINESS }],
};

describe("can(): the partner role", () => {
  it("reads a UMK's non-public data only through an accepted partnership of its own organization", () => {
    expect(can(mitra, "business.read_partnered", { businessId: BUSINESS, acceptedPartnerIds: [PARTNER] })).toBe(true);
    expect(can(mitra, "business.read_partnered", { businessId: BUSINESS, acceptedPartnerIds: [OTHER_PARTNER] })).toBe(false);
    expect(can(mitra, "business.read_partnered", { businessId: BUSINESS })).toBe(false);
    expect(can(mitra, "business.read_own", { businessId: BUSINESS })).toBe(false);
  });

  it("proposes and claims for its own organization only; the UMK decides", () => {
    expect(can(mitra, "partnership.propose", { partnerId: PARTNER })).toBe(true);
    expect(can(mitra, "partnership.propose", { partnerId: OTHER_PARTNER })).toBe(false);
    expect(can(mitra, "gap_batch.claim", { partnerId: PARTNER, regionId: REGION })).toBe(true);
    expect(can(mitra, "partnership.decide", { businessId: BUSINESS, partnerId: PARTNER })).toBe(false);
    expect(can(seller, "partnership.decide", { businessId: BUSINESS, partnerId: PARTNER })).toBe(true);
    expect(can(seller, "partnership.propose", { partnerId: PARTNER })).toBe(false);
  });

  it("gives a membership without a partner organization no partner scope", () => {
    expect(can(seller, "gap_batch.claim", { partnerId: PARTNER })).toBe(false);
    expect(can(seller, "attendance.record", { partnerId: PARTNER })).toBe(false);
  });
});
