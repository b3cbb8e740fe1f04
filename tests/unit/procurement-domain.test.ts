import { counterKey, formatDocumentNumber, opdDocumentCode, parseDocumentNumber } from "@/lib/domain/procurement/document-number";
import { diffPolicyRules } from "@/lib/domain/procurement/policy-diff";
import { groupBySeller, nextRating, receivedValueIdr, shareOf, sumSpend, summaryRow, targetStatusOf } from "@/lib/domain/procurement/shares";
import { canTransitionOrder, canTransitionRequest, isRateableOrder, ORDER_TRANSITIONS, REQUEST_TRANSITIONS } from "@/lib/domain/procurement/state-machine";
import { dueDate, isOverdue, workingDaysElapsed } from "@/lib/domain/procurement/working-days";
import { DEFAULT_NTB_POLICY } from "@/lib/domain/compliance/policy";

/** An instant given as WITA wall-clock time. */
const wita = (local: string) => new Date(`${local}+08:00`);

describe("request state machine", () => {
  it("allows draft → submitted → approved → ordered and returned → submitted, nothing out of a final state", () => {
    expect(canTransitionRequest("draft", "submitted")).toBe(true);
    expect(canTransitionRequest("submitted", "approved")).toBe(true);
    expect(canTransitionRequest("submitted", "returned")).toBe(true);
    expect(canTransitionRequest("returned", "submitted")).toBe(true);
    expect(canTransitionRequest("approved", "ordered")).toBe(true);
    expect(canTransitionRequest("draft", "approved")).toBe(false);
    expect(canTransitionRequest("submitted", "ordered")).toBe(false);
    for (const final of ["ordered", "rejected", "cancelled"] as const) expect(REQUEST_TRANSITIONS[final]).toEqual([]);
  });
});

describe("order state machine", () => {
  it("follows placed → accepted → shipped → received → invoiced → paid → closed; decline only while placed", () => {
    const path = ["placed", "accepted", "shipped", "received", "invoiced", "paid", "closed"] as const;
    for (let i = 0; i < path.length - 1; i += 1) expect(canTransitionOrder(path[i]!, path[i + 1]!)).toBe(true);
    expect(canTransitionOrder("placed", "declined")).toBe(true);
    expect(canTransitionOrder("accepted", "declined")).toBe(false);
    expect(canTransitionOrder("placed", "shipped")).toBe(false);
    expect(canTransitionOrder("shipped", "cancelled")).toBe(false);
    expect(canTransitionOrder("received", "received")).toBe(true); // a later BAST for the rest
    expect(ORDER_TRANSITIONS.declined).toEqual([]);
  });
  it("rates only after receipt", () => {
    expect(isRateableOrder("shipped")).toBe(false);
    expect(isRateableOrder("received")).toBe(true);
    expect(isRateableOrder("paid")).toBe(true);
  });
});

describe("working days in WITA", () => {
  // 2026-11-23 is a Monday.
  it("counts working days after the day of submission, skipping weekends", () => {
    const monday = wita("2026-11-23T09:00:00");
    expect(workingDaysElapsed(monday, wita("2026-11-23T16:00:00"), [])).toBe(0);
    expect(workingDaysElapsed(monday, wita("2026-11-24T00:00:00"), [])).toBe(1);
    expect(workingDaysElapsed(monday, wita("2026-11-26T23:59:59"), [])).toBe(3);
    expect(workingDaysElapsed(monday, wita("2026-11-30T08:00:00"), [])).toBe(5);
  });
  it("is overdue from the 4th working day: Monday → Friday, not Thursday", () => {
    const monday = wita("2026-11-23T09:00:00");
    expect(isOverdue(monday, wita("2026-11-26T23:59:59"), [])).toBe(false);
    expect(isOverdue(monday, wita("2026-11-27T00:00:00"), [])).toBe(true);
    expect(dueDate(monday, [])).toBe("2026-11-26");
  });
  it("uses the WITA date at the UTC day boundary", () => {
    // 2026-11-26T17:00Z is already Friday 01:00 WITA.
    expect(isOverdue(wita("2026-11-23T09:00:00"), new Date("2026-11-26T17:00:00Z"), [])).toBe(true);
    expect(isOverdue(wita("2026-11-23T09:00:00"), new Date("2026-11-26T15:59:59Z"), [])).toBe(false);
  });
  it("skips weekends and holidays: submitted Thursday before a Friday holiday", () => {
    const thursday = wita("2026-12-24T10:00:00");
    // Fri 25 Dec holiday, weekend → Mon 28, Tue 29, Wed 30 are the three days.
    expect(dueDate(thursday, ["2026-12-25"])).toBe("2026-12-30");
    expect(isOverdue(thursday, wita("2026-12-30T15:00:00"), ["2026-12-25"])).toBe(false);
    expect(isOverdue(thursday, wita("2026-12-31T08:00:00"), ["2026-12-25"])).toBe(true);
    expect(isOverdue(thursday, wita("2026-12-30T15:00:00"), [])).toBe(true);
  });
});

describe("document numbers", () => {
  it("formats SP/2026/DISPAR/000123 and parses it back", () => {
    expect(formatDocumentNumber("SP", 2026, "Dispar", 123)).toBe("SP/2026/DISPAR/000123");
    expect(formatDocumentNumber("BAST", 2026, "Diskop UKM", 1)).toBe("BAST/2026/DISKOPUKM/000001");
    expect(parseDocumentNumber("SP/2026/DISPAR/000123")).toEqual({ kind: "SP", year: 2026, opdCode: "DISPAR", sequence: 123 });
    expect(parseDocumentNumber("SP/26/DISPAR/1")).toBeNull();
    expect(() => formatDocumentNumber("SP", 2026, "Dispar", 0)).toThrow(RangeError);
  });
  it("keys counters by kind and OPD code", () => {
    expect(opdDocumentCode("Biro PBJ")).toBe("BIROPBJ");
    expect(counterKey("SP", "Biro PBJ")).toBe("SP/BIROPBJ");
  });
});

describe("shares from line snapshots", () => {
  const lines = [
    { lineTotalIdr: 600, sellerIsUmk: true, isLocal: true },
    { lineTotalIdr: 300, sellerIsUmk: false, isLocal: true },
    { lineTotalIdr: 100, sellerIsUmk: true, isLocal: false },
  ];
  it("sums total, UMK and local values", () => {
    expect(sumSpend(lines)).toEqual({ totalIdr: 1000, umkIdr: 700, localIdr: 900 });
  });
  it("is 0 when nothing was spent, and an empty OPD does not meet a positive target", () => {
    expect(shareOf(0, 0)).toBe(0);
    expect(summaryRow({ opdId: "o", name: "X" }, { totalIdr: 0, umkIdr: 0, localIdr: 0 }, 0, 0.4)).toMatchObject({ umkShare: 0, localShare: 0, meetsTarget: false });
  });
  it("tells an OPD with no spending apart from one that missed the target", () => {
    expect(targetStatusOf({ totalIdr: 0, umkIdr: 0 }, 0.4)).toBe("no_spending");
    expect(targetStatusOf({ totalIdr: 0, umkIdr: 0 }, 0)).toBe("no_spending");
    expect(targetStatusOf({ totalIdr: 1000, umkIdr: 0 }, 0.4)).toBe("missed");
    expect(targetStatusOf({ totalIdr: 1000, umkIdr: 399 }, 0.4)).toBe("missed");
    expect(targetStatusOf({ totalIdr: 1000, umkIdr: 400 }, 0.4)).toBe("met");
    expect(targetStatusOf({ totalIdr: 1000, umkIdr: 0 }, 0)).toBe("met");
    expect(summaryRow({ opdId: "o", name: "X" }, { totalIdr: 0, umkIdr: 0, localIdr: 0 }, 0, 0.4).targetStatus).toBe("no_spending");
    expect(summaryRow({ opdId: "o", name: "X" }, { totalIdr: 1000, umkIdr: 100, localIdr: 0 }, 0, 0.4).targetStatus).toBe("missed");
  });
  it("meets the target exactly at 40 %", () => {
    expect(summaryRow({ opdId: "o", name: "X" }, { totalIdr: 1000, umkIdr: 400, localIdr: 0 }, 1, 0.4)).toMatchObject({ umkShare: 0.4, meetsTarget: true, exceptions: 1 });
    expect(summaryRow({ opdId: "o", name: "X" }, { totalIdr: 1000, umkIdr: 399, localIdr: 0 }, 0, 0.4).meetsTarget).toBe(false);
  });
  it("groups lines by seller in first-seen order and values a partial BAST", () => {
    const groups = groupBySeller([{ businessId: "b", n: 1 }, { businessId: "a", n: 2 }, { businessId: "b", n: 3 }]);
    expect(groups.map((g) => [g.businessId, g.lines.map((l) => l.n)])).toEqual([["b", [1, 3]], ["a", [2]]]);
    expect(receivedValueIdr([{ quantity: 2, unitPriceIdr: 150_000 }, { quantity: 1, unitPriceIdr: 75_000 }])).toBe(375_000);
  });
  it("keeps a running rating to two decimals", () => {
    expect(nextRating({ avg: null, count: 0 }, 4)).toEqual({ avg: 4, count: 1 });
    expect(nextRating({ avg: 4, count: 2 }, 5)).toEqual({ avg: 4.33, count: 3 });
  });
});

describe("policy diff", () => {
  it("names every changed leaf by path", () => {
    const next = { ...DEFAULT_NTB_POLICY.rules, valueBand: { enabled: true, maxTotalIdr: 50_000_000 }, splitPackage: { ...DEFAULT_NTB_POLICY.rules.splitPackage, bandBoundariesIdr: [10_000_000] } };
    expect(diffPolicyRules(DEFAULT_NTB_POLICY.rules, next)).toEqual([
      { path: "splitPackage.bandBoundariesIdr", before: [10_000_000, 50_000_000, 200_000_000], after: [10_000_000] },
      { path: "valueBand.maxTotalIdr", before: 200_000_000, after: 50_000_000 },
    ]);
    expect(diffPolicyRules(DEFAULT_NTB_POLICY.rules, DEFAULT_NTB_POLICY.rules)).toEqual([]);
  });
});
