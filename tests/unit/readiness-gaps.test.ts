import { readinessGaps, type ReadinessProfile } from "@/lib/domain/readiness/gaps";
import { partnershipActions, partnershipTransition } from "@/lib/domain/readiness/partnership";

const goodPhoto = { widthPx: 1200, heightPx: 1200 };
const goodProduct = {
  photos: [goodPhoto, goodPhoto, goodPhoto],
  description: "Keripik pisang renyah dari pisang kepok Lombok, dikemas 250 gram dalam kemasan zip lock kedap udara.",
  unit: "pcs",
  priceIdr: 25_000,
  isFoodCategory: true,
  categoryMedianPriceIdr: 25_000,
};

/** A food UMK with nothing missing on 2026-12-03. */
const ready: ReadinessProfile = {
  verified: true,
  kbli: "10792",
  certificates: [
    { kind: "pirt", verified: true, expiresOn: "2028-01-01" },
    { kind: "halal", verified: true, expiresOn: null },
  ],
  products: [goodProduct],
  deliveries: { total: 10, late: 1 },
  bast: { orderedQty: 100, receivedQty: 95 },
  ratings: [5, 4, 4],
  lastOrderOn: "2026-11-20",
  unmetDemandCount: 0,
};
const today = "2026-12-03";

describe("readinessGaps", () => {
  it("finds no gap in a ready UMK", () => {
    expect(readinessGaps(ready, today)).toEqual([]);
  });

  it("names each gap of a UMK missing everything, in the fixed order", () => {
    const weak: ReadinessProfile = {
      verified: false,
      kbli: "10792",
      certificates: [{ kind: "bpom", verified: true, expiresOn: "2026-12-20" }],
      products: [{ ...goodProduct, photos: [], description: "enak" }],
      deliveries: { total: 4, late: 2 },
      bast: { orderedQty: 10, receivedQty: 8 },
      ratings: [2, 3, 3],
      lastOrderOn: "2026-08-01",
      unmetDemandCount: 2,
    };
    expect(readinessGaps(weak, today)).toEqual([
      "BUSINESS_NOT_VERIFIED",
      "FOOD_PERMIT_MISSING",
      "CERTIFICATE_EXPIRING",
      "PRODUCT_WITHOUT_PHOTO",
      "LOW_LISTING_QUALITY",
      "LATE_DELIVERIES",
      "BAST_SHORTFALL",
      "LOW_RATING",
      "NO_RECENT_ORDER",
      "UNMET_DEMAND",
    ]);
  });

  it("does not count an unverified or expired PIRT, and asks no food permit of a non-food KBLI", () => {
    const unverified = { ...ready, certificates: [{ kind: "pirt" as const, verified: false, expiresOn: null }] };
    expect(readinessGaps(unverified, today)).toContain("FOOD_PERMIT_MISSING");
    const expired = { ...ready, certificates: [{ kind: "pirt" as const, verified: true, expiresOn: "2026-12-02" }] };
    expect(readinessGaps(expired, today)).toContain("FOOD_PERMIT_MISSING");
    expect(readinessGaps({ ...unverified, kbli: "13921", products: [{ ...goodProduct, isFoodCategory: false }] }, today)).toEqual([]);
  });

  it("judges thresholds at their edges: 90 days idle is still recent, 2 ratings are too few to judge", () => {
    expect(readinessGaps({ ...ready, lastOrderOn: "2026-09-04" }, today)).toEqual([]);
    expect(readinessGaps({ ...ready, lastOrderOn: "2026-09-03" }, today)).toEqual(["NO_RECENT_ORDER"]);
    expect(readinessGaps({ ...ready, lastOrderOn: null }, today)).toEqual(["NO_RECENT_ORDER"]);
    expect(readinessGaps({ ...ready, ratings: [1, 1] }, today)).toEqual([]);
    expect(readinessGaps({ ...ready, deliveries: { total: 5, late: 1 } }, today)).toEqual([]);
    expect(readinessGaps({ ...ready, deliveries: { total: 0, late: 0 } }, today)).toEqual([]);
  });
});

describe("partnership state machine and actions", () => {
  it("allows only the transitions of the lifecycle", () => {
    expect(partnershipTransition("proposed", "accept")).toBe("accepted");
    expect(partnershipTransition("proposed", "decline")).toBe("declined");
    expect(partnershipTransition("accepted", "end")).toBe("ended");
    expect(partnershipTransition("accepted", "accept")).toBeNull();
    expect(partnershipTransition("declined", "accept")).toBeNull();
    expect(partnershipTransition("ended", "end")).toBeNull();
  });

  it("lets the UMK decide, either side end, and opens the UMK's data to the partner only when accepted", () => {
    const owner = { isBusinessOwner: true, isPartnerMember: false };
    const partner = { isBusinessOwner: false, isPartnerMember: true };
    expect(partnershipActions({ status: "proposed" }, owner)).toEqual({ accept: true, decline: true, end: true, readBusinessData: false });
    expect(partnershipActions({ status: "proposed" }, partner)).toEqual({ accept: false, decline: false, end: true, readBusinessData: false });
    expect(partnershipActions({ status: "accepted" }, partner)).toEqual({ accept: false, decline: false, end: true, readBusinessData: true });
    expect(partnershipActions({ status: "ended" }, partner).readBusinessData).toBe(false);
    expect(partnershipActions({ status: "declined" }, owner)).toEqual({ accept: false, decline: false, end: false, readBusinessData: false });
  });
});
