import { evaluateCardPayment } from "@/lib/domain/compliance/card-limit";
import { evaluatePurchase } from "@/lib/domain/compliance/evaluate-purchase";
import { compliancePolicySchema, DEFAULT_NTB_POLICY } from "@/lib/domain/compliance/policy";
import type { ComplianceContext, PastOrder, PurchaseLine, SellerSnapshot } from "@/lib/domain/compliance/types";

const NTB = "region-ntb";
const NOW = new Date("2026-11-27T02:00:00Z"); // 10:00 WITA

const seller = (overrides: Partial<SellerSnapshot> = {}): SellerSnapshot => ({
  businessId: "b-tenun",
  nib: "1234567890123",
  name: "Tenun Sukarara",
  scale: "mikro",
  isUmk: true,
  verificationStatus: "verified",
  verifiedAt: "2026-01-10T02:00:00.000Z",
  kabupaten: "Lombok Tengah",
  provinceRegionId: NTB,
  certifications: [],
  ...overrides,
});

const line = (overrides: Partial<PurchaseLine> = {}): PurchaseLine => ({
  productId: "p-1",
  title: "Kain songket",
  categorySlug: "tenun-songket",
  isFood: false,
  quantity: 1,
  unitPriceIdr: 1_000_000,
  seller: seller(),
  ...overrides,
});

const context = (overrides: Partial<ComplianceContext> = {}): ComplianceContext => ({
  now: NOW,
  buyerProvinceRegionId: NTB,
  budget: { ceilingIdr: 500_000_000, committedIdr: 0, realizedIdr: 0 },
  opdOrders: [],
  opdYear: { totalIdr: 0, umkIdr: 0 },
  ...overrides,
});

const evaluate = (lines: PurchaseLine[], ctx: Partial<ComplianceContext> = {}, justification?: { code: "no_umk_supplier" | "technical_spec" | "emergency"; text: string }) =>
  evaluatePurchase({ lines, justification }, context(ctx), DEFAULT_NTB_POLICY);

const rules = (decision: ReturnType<typeof evaluate>) => decision.findings.map((f) => f.rule);

const REAL_REASON = "Tidak ada UMK di NTB yang menjual printer laser A3.";

describe("evaluatePurchase", () => {
  it("allows a clean cart from a verified local UMK and names the policy version", () => {
    expect(evaluate([line()])).toEqual({ verdict: "allow", findings: [], policyVersion: 1 });
  });

  describe("VALUE_BAND", () => {
    it("allows exactly Rp200.000.000 and blocks one rupiah more", () => {
      expect(evaluate([line({ unitPriceIdr: 200_000_000 })]).verdict).toBe("allow");
      const over = evaluate([line({ unitPriceIdr: 200_000_001 })]);
      expect(over.verdict).toBe("block");
      expect(over.findings).toEqual([expect.objectContaining({ rule: "VALUE_BAND", severity: "block", params: { totalIdr: 200_000_001, maxTotalIdr: 200_000_000 } })]);
    });
    it("cannot be justified away", () => {
      expect(evaluate([line({ unitPriceIdr: 200_000_001 })], {}, { code: "emergency", text: REAL_REASON }).verdict).toBe("block");
    });
  });

  describe("BUDGET_AVAILABLE", () => {
    const budget = { ceilingIdr: 10_000_000, committedIdr: 4_000_000, realizedIdr: 1_000_000 };
    it("allows a total that exhausts the budget exactly and blocks one rupiah more", () => {
      expect(evaluate([line({ unitPriceIdr: 5_000_000 })], { budget }).verdict).toBe("allow");
      const over = evaluate([line({ unitPriceIdr: 5_000_001 })], { budget });
      expect(over.verdict).toBe("block");
      expect(over.findings[0]).toMatchObject({ rule: "BUDGET_AVAILABLE", params: { totalIdr: 5_000_001, availableIdr: 5_000_000 } });
    });
  });

  describe("UMK_ONLY", () => {
    const menengah = seller({ businessId: "b-besar", name: "PT Sinar Rinjani", scale: "menengah", isUmk: false });
    it("blocks a non-UMK seller without justification, saying what to do", () => {
      const decision = evaluate([line({ seller: menengah })]);
      expect(decision.verdict).toBe("block");
      expect(decision.findings[0]!.message.id).toContain("isi alasan pengecualian");
      expect(decision.findings[0]!.message.en).toContain("give a justification");
    });
    it("needs the approver when a proper justification is given", () => {
      const decision = evaluate([line({ seller: menengah })], {}, { code: "no_umk_supplier", text: REAL_REASON });
      expect(decision.verdict).toBe("needs_justification");
      expect(decision.findings[0]).toMatchObject({ rule: "UMK_ONLY", severity: "justify" });
    });
    it("does not accept a placeholder justification", () => {
      expect(evaluate([line({ seller: menengah })], {}, { code: "no_umk_supplier", text: "tidak ada" }).verdict).toBe("block");
    });
    it("treats an unverified UMK like a non-UMK", () => {
      expect(rules(evaluate([line({ seller: seller({ verificationStatus: "suspended" }) })]))).toEqual(["UMK_ONLY"]);
    });
    it("reports each offending seller once", () => {
      const decision = evaluate([line({ seller: menengah }), line({ productId: "p-2", seller: menengah })]);
      expect(decision.findings.filter((f) => f.rule === "UMK_ONLY")).toHaveLength(1);
    });
  });

  describe("LOCAL_SELLER", () => {
    it("asks for a justification for a seller outside the buyer's province", () => {
      const surabaya = seller({ businessId: "b-sby", name: "UD Surabaya", kabupaten: "Kota Surabaya", provinceRegionId: "region-jatim" });
      expect(evaluate([line({ seller: surabaya })]).verdict).toBe("block");
      expect(evaluate([line({ seller: surabaya })], {}, { code: "technical_spec", text: REAL_REASON }).verdict).toBe("needs_justification");
    });
  });

  describe("SELLER_ROTATION", () => {
    const orders = (n: number, businessId = "b-tenun"): PastOrder[] =>
      Array.from({ length: n }, (_, i) => ({ businessId, at: new Date(NOW.getTime() - (i + 1) * 86_400_000 * 40), lines: [{ categorySlug: "tenun-songket", amountIdr: 1_000_000 }] }));

    it("lets the 5th consecutive order at one seller through and stops the 6th", () => {
      expect(rules(evaluate([line()], { opdOrders: orders(4) }))).not.toContain("SELLER_ROTATION");
      const sixth = evaluate([line()], { opdOrders: orders(5) });
      expect(sixth.verdict).toBe("block");
      expect(sixth.findings).toEqual([expect.objectContaining({ rule: "SELLER_ROTATION", params: expect.objectContaining({ orderNumber: 6 }) })]);
    });
    it("resets the streak when another seller was chosen in between, and counts per category", () => {
      const broken = [...orders(2), { businessId: "b-lain", at: new Date("2026-01-01T00:00:00Z"), lines: [{ categorySlug: "tenun-songket", amountIdr: 1 }] }, ...orders(3)];
      expect(rules(evaluate([line()], { opdOrders: broken }))).not.toContain("SELLER_ROTATION");
      expect(rules(evaluate([line({ categorySlug: "kopi" })], { opdOrders: orders(5) }))).not.toContain("SELLER_ROTATION");
    });
  });

  describe("SPLIT_PACKAGE", () => {
    const at = (iso: string) => new Date(iso);
    const order = (iso: string, amountIdr: number): PastOrder => ({ businessId: "b-tenun", at: at(iso), lines: [{ categorySlug: "tenun-songket", amountIdr }] });

    it("flags the same seller crossing Rp50 jt within 30 days, as a warning for approver and auditor", () => {
      const decision = evaluate([line({ unitPriceIdr: 30_000_000 })], { opdOrders: [order("2026-11-20T02:00:00Z", 30_000_000)] });
      expect(decision.verdict).toBe("allow");
      expect(decision.findings).toEqual(
        expect.arrayContaining([expect.objectContaining({ rule: "SPLIT_PACKAGE", severity: "warning", params: expect.objectContaining({ groupBy: "seller", boundaryIdr: 50_000_000, combinedIdr: 60_000_000 }) })]),
      );
    });
    it("counts the window in WITA calendar days: 29 days back counts, 30 days back does not", () => {
      // NOW is 27 Nov 10:00 WITA. 29 Oct 23:59 WITA (15:59 UTC) is 29 days back; 28 Oct 23:59 WITA is 30.
      const inside = order("2026-10-29T15:59:00Z", 30_000_000);
      const outside = order("2026-10-28T15:59:00Z", 30_000_000);
      // 29 Oct 00:30 WITA is 28 Oct 16:30 UTC: a UTC-date window would wrongly leave it out.
      const earlyWita = order("2026-10-28T16:30:00Z", 30_000_000);
      const flagged = (o: PastOrder) => rules(evaluate([line({ unitPriceIdr: 30_000_000 })], { opdOrders: [o] })).includes("SPLIT_PACKAGE");
      expect(flagged(inside)).toBe(true);
      expect(flagged(outside)).toBe(false);
      expect(flagged(earlyWita)).toBe(true);
    });
    it("does not flag a request that is itself above the boundary or has no earlier orders", () => {
      expect(rules(evaluate([line({ unitPriceIdr: 60_000_000 })], { opdOrders: [order("2026-11-20T02:00:00Z", 1_000_000)] }))).toEqual(
        expect.not.arrayContaining(["SPLIT_PACKAGE"]),
      );
      expect(rules(evaluate([line({ unitPriceIdr: 49_000_000 })]))).not.toContain("SPLIT_PACKAGE");
    });
  });

  describe("FOOD_PERMIT", () => {
    const food = (certifications: SellerSnapshot["certifications"]) => line({ isFood: true, categorySlug: "kopi", seller: seller({ certifications }) });
    const before = new Date("2026-10-16T15:59:59Z"); // 16 Oct 23:59:59 WITA
    const from = new Date("2026-10-16T16:00:00Z"); // 17 Oct 00:00 WITA

    it("needs a valid PIRT or BPOM for food lines", () => {
      expect(evaluate([food([])], { now: before }).findings).toEqual([expect.objectContaining({ rule: "FOOD_PERMIT", params: expect.objectContaining({ missing: "pirt_or_bpom" }) })]);
      expect(evaluate([food([{ kind: "pirt", expiresOn: "2026-10-16" }])], { now: before }).verdict).toBe("allow");
      expect(evaluate([food([{ kind: "pirt", expiresOn: "2026-10-15" }])], { now: before }).verdict).toBe("block");
      expect(evaluate([food([{ kind: "bpom", expiresOn: null }])], { now: before }).verdict).toBe("allow");
    });
    it("requires halal from 17 Oct 2026 WITA, not a second earlier", () => {
      const pirtOnly = food([{ kind: "pirt", expiresOn: "2030-01-01" }]);
      expect(evaluate([pirtOnly], { now: before }).verdict).toBe("allow");
      expect(evaluate([pirtOnly], { now: from }).findings).toEqual([expect.objectContaining({ rule: "FOOD_PERMIT", params: expect.objectContaining({ missing: "halal" }) })]);
      expect(evaluate([food([{ kind: "pirt", expiresOn: "2030-01-01" }, { kind: "halal", expiresOn: null }])], { now: from }).verdict).toBe("allow");
    });
    it("ignores non-food lines", () => {
      expect(evaluate([line()], { now: from }).verdict).toBe("allow");
    });
  });

  describe("UMK_SHARE_TARGET", () => {
    const besar = seller({ businessId: "b-besar", name: "PT Besar", scale: "besar", isUmk: false });
    it("warns when a non-UMK purchase leaves the year's share below 40 %", () => {
      const decision = evaluate([line({ seller: besar, unitPriceIdr: 10_000_000 })], { opdYear: { totalIdr: 90_000_000, umkIdr: 30_000_000 } }, { code: "no_umk_supplier", text: REAL_REASON });
      expect(decision.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: "UMK_SHARE_TARGET", severity: "warning" })]));
    });
    it("stays quiet at exactly 40 % and for UMK purchases", () => {
      const exact = evaluate([line({ seller: besar, unitPriceIdr: 10_000_000 })], { opdYear: { totalIdr: 90_000_000, umkIdr: 40_000_000 } }, { code: "no_umk_supplier", text: REAL_REASON });
      expect(rules(exact)).not.toContain("UMK_SHARE_TARGET");
      expect(rules(evaluate([line()], { opdYear: { totalIdr: 100_000_000, umkIdr: 0 } }))).not.toContain("UMK_SHARE_TARGET");
    });
  });

  it("reports every broken rule at once, not only the first", () => {
    const outsider = seller({ businessId: "b-x", name: "PT Luar", scale: "besar", isUmk: false, provinceRegionId: "region-jatim", kabupaten: "Kota Surabaya" });
    const decision = evaluate([line({ seller: outsider, unitPriceIdr: 250_000_000, isFood: true })], { budget: { ceilingIdr: 100_000_000, committedIdr: 0, realizedIdr: 0 } });
    expect(new Set(rules(decision))).toEqual(new Set(["UMK_ONLY", "LOCAL_SELLER", "VALUE_BAND", "BUDGET_AVAILABLE", "FOOD_PERMIT", "UMK_SHARE_TARGET"]));
    expect(decision.verdict).toBe("block");
  });
});

describe("CARD_LIMIT", () => {
  it("allows Rp200.000.000 on the card and blocks one rupiah more", () => {
    expect(evaluateCardPayment(200_000_000, DEFAULT_NTB_POLICY)).toEqual([]);
    expect(evaluateCardPayment(200_000_001, DEFAULT_NTB_POLICY)).toEqual([expect.objectContaining({ rule: "CARD_LIMIT", severity: "block" })]);
  });
});

describe("compliance policy", () => {
  it("validates the default NTB policy and rejects nonsense", () => {
    expect(compliancePolicySchema.parse(DEFAULT_NTB_POLICY)).toEqual(DEFAULT_NTB_POLICY);
    const broken = structuredClone(DEFAULT_NTB_POLICY) as unknown as { rules: { umkShareTarget: { targetShare: number } } };
    broken.rules.umkShareTarget.targetShare = 1.4;
    expect(compliancePolicySchema.safeParse(broken).success).toBe(false);
  });
});
