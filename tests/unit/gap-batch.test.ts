import { gapBatchActions, gapBatchProgress, matchesGapFilter } from "@/lib/domain/readiness/gap-batch";
import { partnerActions, PARTNERSHIP_TYPE_FOR_GAP } from "@/lib/domain/readiness/partners";
import { GAP_CODES } from "@/lib/domain/readiness/gaps";

describe("matchesGapFilter", () => {
  const entry = { kabupatenId: "k1", categoryIds: ["child"], gaps: ["FOOD_PERMIT_MISSING", "NO_RECENT_ORDER"] as const };
  it("needs the kabupaten and the gap", () => {
    expect(matchesGapFilter(entry, { gapCode: "FOOD_PERMIT_MISSING", kabupatenId: "k1" }, null)).toBe(true);
    expect(matchesGapFilter(entry, { gapCode: "FOOD_PERMIT_MISSING", kabupatenId: "k2" }, null)).toBe(false);
    expect(matchesGapFilter(entry, { gapCode: "LOW_RATING", kabupatenId: "k1" }, null)).toBe(false);
  });
  it("with a category, needs a listing in it or in one of its subcategories", () => {
    expect(matchesGapFilter(entry, { gapCode: "FOOD_PERMIT_MISSING", kabupatenId: "k1" }, new Set(["parent", "child"]))).toBe(true);
    expect(matchesGapFilter(entry, { gapCode: "FOOD_PERMIT_MISSING", kabupatenId: "k1" }, new Set(["other"]))).toBe(false);
  });
});

describe("gapBatchProgress", () => {
  it("counts a member closed only when today's profile lacks the gap; a member without a profile stays open", () => {
    const now = new Map([
      ["a", ["NO_RECENT_ORDER"] as const],
      ["b", ["FOOD_PERMIT_MISSING"] as const],
    ]);
    const p = gapBatchProgress("FOOD_PERMIT_MISSING", ["a", "b", "c"], now);
    expect(p).toMatchObject({ total: 3, closed: 1, open: 2 });
    expect(p.share).toBeCloseTo(1 / 3);
    expect(p.members).toEqual([{ businessId: "a", closed: true }, { businessId: "b", closed: false }, { businessId: "c", closed: false }]);
  });
  it("an empty batch has share 0", () => {
    expect(gapBatchProgress("LOW_RATING", [], new Map()).share).toBe(0);
  });
});

describe("next actions", () => {
  it("only a verified partner claims, and only an unclaimed batch", () => {
    expect(gapBatchActions({ claimedByPartnerId: null }, { partnerId: "p", partnerVerified: true })).toEqual({ claim: true, isMine: false });
    expect(gapBatchActions({ claimedByPartnerId: null }, { partnerId: "p", partnerVerified: false }).claim).toBe(false);
    expect(gapBatchActions({ claimedByPartnerId: "p" }, { partnerId: "p", partnerVerified: true })).toEqual({ claim: false, isMine: true });
    expect(gapBatchActions({ claimedByPartnerId: null }, { partnerId: null, partnerVerified: false }).claim).toBe(false);
  });
  it("an admin verifies an unverified partner and adds members to a verified one", () => {
    expect(partnerActions({ verified: false }, { isRegionAdmin: true })).toEqual({ verify: true, addMember: false });
    expect(partnerActions({ verified: true }, { isRegionAdmin: true })).toEqual({ verify: false, addMember: true });
    expect(partnerActions({ verified: false }, { isRegionAdmin: false })).toEqual({ verify: false, addMember: false });
  });
  it("every gap has the kind of partnership that closes it", () => {
    for (const gap of GAP_CODES) expect(PARTNERSHIP_TYPE_FOR_GAP[gap]).toBeDefined();
    expect(PARTNERSHIP_TYPE_FOR_GAP.FOOD_PERMIT_MISSING).toBe("certifier");
  });
});
