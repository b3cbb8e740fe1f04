import { classifyBusinessScale, SCALE_THRESHOLDS } from "@/lib/domain/business/scale";

const M = 1_000_000_000; // one miliar rupiah

describe("classifyBusinessScale (PP 7/2021 art. 35)", () => {
  it.each([
    // capital at each boundary and one rupiah above, with turnover kept at zero
    [1 * M, 0, "mikro"],
    [1 * M + 1, 0, "kecil"],
    [5 * M, 0, "kecil"],
    [5 * M + 1, 0, "menengah"],
    [10 * M, 0, "menengah"],
    [10 * M + 1, 0, "besar"],
    // turnover at each boundary and one rupiah above, with capital kept at zero
    [0, 2 * M, "mikro"],
    [0, 2 * M + 1, "kecil"],
    [0, 15 * M, "kecil"],
    [0, 15 * M + 1, "menengah"],
    [0, 50 * M, "menengah"],
    [0, 50 * M + 1, "besar"],
  ])("capital %d, turnover %d → %s", (capital, turnover, expected) => {
    expect(classifyBusinessScale(capital, turnover).scale).toBe(expected);
  });

  it("takes the larger scale of the two criteria and says which decided", () => {
    const result = classifyBusinessScale(500_000_000, 20 * M);
    expect(result).toEqual({ scale: "menengah", isUmk: false, byCapital: "mikro", byTurnover: "menengah", decidedBy: "turnover" });
    expect(classifyBusinessScale(6 * M, 1 * M).decidedBy).toBe("capital");
    expect(classifyBusinessScale(0, 0).decidedBy).toBe("both");
  });

  it("counts mikro and kecil as UMK, menengah and besar not", () => {
    expect(classifyBusinessScale(1 * M, 2 * M).isUmk).toBe(true);
    expect(classifyBusinessScale(5 * M, 15 * M).isUmk).toBe(true);
    expect(classifyBusinessScale(5 * M + 1, 0).isUmk).toBe(false);
    expect(classifyBusinessScale(0, 60 * M).isUmk).toBe(false);
  });

  it("rejects negative or fractional rupiah", () => {
    expect(() => classifyBusinessScale(-1, 0)).toThrow(RangeError);
    expect(() => classifyBusinessScale(0, 1.5)).toThrow(RangeError);
  });

  it("keeps the thresholds of the regulation", () => {
    expect(SCALE_THRESHOLDS.capital).toEqual({ mikro: 1 * M, kecil: 5 * M, menengah: 10 * M });
    expect(SCALE_THRESHOLDS.turnover).toEqual({ mikro: 2 * M, kecil: 15 * M, menengah: 50 * M });
  });
});
