import { monthlyTrend, monthsSoFar } from "@/lib/domain/charts/monthly-trend";
import { distributeAges, paymentAgeBuckets } from "@/lib/domain/charts/payment-age";
import { OTHERS_KEY, rankSpend } from "@/lib/domain/charts/ranked-spend";
import { columnLayout, COLUMN_CHART_HEIGHT, AXIS_BOTTOM } from "@/components/charts/column-scale";

describe("monthlyTrend", () => {
  it("returns twelve months in order, missing ones as zero spend, shares from each month's sums", () => {
    const points = monthlyTrend([
      { month: 3, totalIdr: 1_000_000, umkIdr: 399_999, localIdr: 1_000_000 },
      { month: 1, totalIdr: 200, umkIdr: 200, localIdr: 0 },
    ]);
    expect(points.map((p) => p.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(points[0]).toMatchObject({ totalIdr: 200, umkShare: 1, localShare: 0 });
    expect(points[1]).toMatchObject({ totalIdr: 0, umkIdr: 0, umkShare: 0 });
    expect(points[2]!.umkShare).toBeCloseTo(0.399999);
    expect(points[2]!.localShare).toBe(1);
  });
  it("adds rows of the same month (e.g. two OPDs) before computing the share", () => {
    const [jan] = monthlyTrend([{ month: 1, totalIdr: 100, umkIdr: 100, localIdr: 0 }, { month: 1, totalIdr: 300, umkIdr: 0, localIdr: 300 }]);
    expect(jan).toMatchObject({ totalIdr: 400, umkIdr: 100, umkShare: 0.25, localShare: 0.75 });
  });
  it("rejects a month outside 1–12", () => {
    expect(() => monthlyTrend([{ month: 13, totalIdr: 1, umkIdr: 0, localIdr: 0 }])).toThrow(RangeError);
    expect(() => monthlyTrend([{ month: 0, totalIdr: 1, umkIdr: 0, localIdr: 0 }])).toThrow(RangeError);
  });
  it("keeps only the months that have happened in the current year; all of a past year, none of a future one", () => {
    const all = monthlyTrend([]);
    expect(monthsSoFar(all, 2026, { year: 2026, month: 12 })).toHaveLength(12);
    expect(monthsSoFar(all, 2026, { year: 2026, month: 3 }).map((p) => p.month)).toEqual([1, 2, 3]);
    expect(monthsSoFar(all, 2025, { year: 2026, month: 3 })).toHaveLength(12);
    expect(monthsSoFar(all, 2027, { year: 2026, month: 3 })).toHaveLength(0);
  });
});

describe("paymentAgeBuckets", () => {
  it("cuts at half the limit, the limit and twice the limit (default 7 days)", () => {
    expect(paymentAgeBuckets(7)).toEqual([
      { fromDays: 0, toDays: 3, isLate: false },
      { fromDays: 4, toDays: 7, isLate: false },
      { fromDays: 8, toDays: 14, isLate: true },
      { fromDays: 15, toDays: null, isLate: true },
    ]);
  });
  it("keeps one on-time bucket when the limit is a single day", () => {
    expect(paymentAgeBuckets(1)).toEqual([
      { fromDays: 0, toDays: 1, isLate: false },
      { fromDays: 2, toDays: 2, isLate: true },
      { fromDays: 3, toDays: null, isLate: true },
    ]);
  });
  it("rejects a limit that is not a positive whole number of days", () => {
    expect(() => paymentAgeBuckets(0)).toThrow(RangeError);
    expect(() => paymentAgeBuckets(2.5)).toThrow(RangeError);
  });
});

describe("distributeAges", () => {
  it("counts each boundary day in the bucket that includes it, paid and open apart", () => {
    const counts = distributeAges(paymentAgeBuckets(7), { paid: [0, 3, 4, 7, 8, 14, 15, 400], open: [-1, 7, 8] });
    expect(counts.map((c) => c.paid)).toEqual([2, 2, 2, 2]);
    expect(counts.map((c) => c.open)).toEqual([1, 1, 1, 0]);
  });
});

describe("rankSpend", () => {
  const rows = [
    { key: "a", label: "Lombok Barat", totalIdr: 500 },
    { key: "b", label: "Bima", totalIdr: 900 },
    { key: "c", label: "Dompu", totalIdr: 500 },
    { key: "d", label: "Sumbawa", totalIdr: 100 },
    { key: "z", label: "Kosong", totalIdr: 0 },
  ];
  it("orders by amount then label and sums the tail into 'others' so the total still adds up", () => {
    const ranked = rankSpend(rows, 2, "Lainnya");
    expect(ranked.map((r) => r.key)).toEqual(["b", "c", OTHERS_KEY]);
    expect(ranked[2]).toEqual({ key: OTHERS_KEY, label: "Lainnya", totalIdr: 600 });
    expect(ranked.reduce((s, r) => s + r.totalIdr, 0)).toBe(2_000);
  });
  it("drops zero spend and adds no 'others' when everything fits", () => {
    expect(rankSpend(rows, 10, "Lainnya").map((r) => r.key)).toEqual(["b", "c", "a", "d"]);
  });
});

describe("columnLayout", () => {
  it("puts the tallest column at the top, the target line proportionally, and zero on the baseline", () => {
    const l = columnLayout([{ label: "Jan", value: 0.8 }, { label: "Feb", value: 0 }], 0.4);
    const plot = COLUMN_CHART_HEIGHT - AXIS_BOTTOM - 8;
    expect(l.columns[0]!.height).toBeCloseTo(plot);
    expect(l.columns[1]!.height).toBe(0);
    expect(l.targetY).toBeCloseTo(8 + plot / 2);
    expect(l.columns[1]!.x).toBeGreaterThan(l.columns[0]!.x + l.columns[0]!.width);
  });
  it("keeps the target on the scale when every column is below it", () => {
    const l = columnLayout([{ label: "Jan", value: 0.1 }], 0.4);
    expect(l.max).toBe(0.4);
    expect(l.targetY).toBeCloseTo(8);
  });
});
