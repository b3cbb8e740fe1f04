import { buildDemandCalendar, demandShade, observedYears, type MonthlyVolume } from "@/lib/domain/catalog/demand-calendar";

const v = (year: number, month: number, categorySlug: string, quantity: number, valueIdr: number, orders = 1): MonthlyVolume => ({
  year, month, categorySlug, categoryName: categorySlug === "snack" ? "Kue & snack box" : "Alat tulis kantor", quantity, valueIdr, orders,
});

describe("observedYears", () => {
  it("counts complete months of the 3 basis years since the platform's first order", () => {
    expect(observedYears(2026, 3, "2024-05", "2026-12")).toEqual([2025, 2026]);
    expect(observedYears(2026, 6, "2024-05", "2026-12")).toEqual([2024, 2025, 2026]);
    // The current month is not complete: not observed; next year's months are not observed yet.
    expect(observedYears(2026, 12, "2024-05", "2026-12")).toEqual([2024, 2025]);
    expect(observedYears(2027, 1, "2024-05", "2026-12")).toEqual([2025, 2026]);
    expect(observedYears(2026, 1, null, "2026-12")).toEqual([]);
  });
});

describe("buildDemandCalendar", () => {
  const volumes = [
    v(2025, 3, "snack", 400, 6_000_000, 2),
    v(2026, 3, "snack", 200, 3_000_000),
    v(2026, 3, "snack", 1, 15_001),
    v(2026, 4, "atk", 10, 500_000),
    v(2023, 3, "snack", 9_999, 999_999_999), // outside the basis of 2026
  ];
  const calendar = buildDemandCalendar({ year: 2026, volumes, firstMonth: "2025-01", currentMonth: "2026-12" });

  it("averages a month over its observed years, zero years included, rounding to whole units and rupiah", () => {
    const snack = calendar.categories.find((c) => c.slug === "snack")!;
    // March: (6,000,000 + 3,015,001) / 2 years; quantity (400 + 201) / 2 = 300.5 → 301.
    expect(snack.months[2]).toEqual({ month: 3, expectedQuantity: 301, expectedValueIdr: 4_507_501, basisYears: 2 });
    // April: observed in 2025 and 2026 with no snack orders: an expected zero, not unknown.
    expect(snack.months[3]).toEqual({ month: 4, expectedQuantity: 0, expectedValueIdr: 0, basisYears: 2 });
    // December 2026 is incomplete: only 2025 counts.
    expect(snack.months[11]).toMatchObject({ basisYears: 1 });
  });

  it("leaves months before the first order unknown, and orders categories by expected yearly value", () => {
    const late = buildDemandCalendar({ year: 2026, volumes, firstMonth: "2026-04", currentMonth: "2026-12" });
    expect(late.categories.map((c) => c.slug)).toEqual(["atk"]);
    expect(late.categories[0]!.months[0]).toEqual({ month: 1, expectedQuantity: null, expectedValueIdr: null, basisYears: 0 });
    expect(calendar.categories.map((c) => c.slug)).toEqual(["snack", "atk"]);
    expect(calendar.basisYears).toEqual([2024, 2025, 2026]);
    expect(calendar.categories[0]!.expectedYearValueIdr).toBe(4_507_501);
  });

  it("is empty without history", () => {
    expect(buildDemandCalendar({ year: 2026, volumes: [], firstMonth: null, currentMonth: "2026-12" }).categories).toEqual([]);
  });
});

describe("demandShade", () => {
  it("maps a value to 0..4 against the largest, unknown stays unknown", () => {
    expect(demandShade(null, 100)).toBeNull();
    expect(demandShade(0, 100)).toBe(0);
    expect(demandShade(1, 100)).toBe(1);
    expect(demandShade(50, 100)).toBe(2);
    expect(demandShade(100, 100)).toBe(4);
  });
});
