import { DEFAULT_NTB_POLICY, compliancePolicySchema } from "@/lib/domain/compliance/policy";
import { computeRedFlags } from "@/lib/domain/flags/compute-red-flags";
import { describeFlag } from "@/lib/domain/flags/describe-flag";
import type { ApprovalTiming, FlagContext, InvoiceTiming, JustifiedRequest, PricedLine, RedFlagFacts, SellerSpendRow } from "@/lib/domain/flags/facts";
import { countByKind, filterFlags } from "@/lib/domain/flags/filter-flags";
import { flagLinkHref } from "@/lib/domain/flags/flag-links";
import { DEFAULT_RED_FLAG_POLICY, type RedFlagPolicy } from "@/lib/domain/flags/policy";
import { MAX_LINKED_REQUESTS, normalizeJustification, repeatedExceptionFlags, reusedJustificationFlags } from "@/lib/domain/flags/rules/exceptions";
import { categoryMedians, priceCandidateThresholds, priceFlags } from "@/lib/domain/flags/rules/price";
import { splitPackageFlags } from "@/lib/domain/flags/rules/split-package";
import { concentrationOf, spendConcentrationFlags } from "@/lib/domain/flags/rules/spend-concentration";
import { afterHoursApprovalFlags, afterHoursReceiptFlags, approvalDelayFlags, paymentFlags, shippedWithoutBastFlags } from "@/lib/domain/flags/rules/timing";
import { FLAG_KINDS, fiscalYearOfKey, flagKey, kindOfKey } from "@/lib/domain/flags/types";
import { holidayDayNumbers, isOutsideWorkingHours, workingDaysBetween } from "@/lib/domain/flags/working-hours";
import { workingDaysElapsed } from "@/lib/domain/procurement/working-days";
import fc from "fast-check";
import { POLICY_FIELDS, policyFormValues, rulesFromForm } from "@/lib/validation/policy-fields";

const P: RedFlagPolicy = DEFAULT_RED_FLAG_POLICY;
const wita = (local: string) => new Date(`${local}+08:00`);
const ctx = (now: string, holidays: string[] = []): FlagContext => ({ fiscalYear: 2026, now: wita(now), holidays: holidayDayNumbers(holidays) });
const days = (dates: string[] = []) => holidayDayNumbers(dates);

const line = (over: Partial<PricedLine> = {}): PricedLine => ({
  orderLineId: "ol-1", orderId: "o-1", orderNumber: "SP/1", requestId: "r-1", requestNumber: "PP/1", opdId: "opd-1",
  placedAt: wita("2026-03-02T10:00:00"), title: "Kain tenun", categorySlug: "tenun", unitPriceIdr: 100_000, quantity: 1, ...over,
});

describe("flag keys", () => {
  it("are stable, name the kind and the year, and give the year back", () => {
    const key = flagKey("approval_delay", 2026, "0B5E-AA");
    expect(key).toBe("approval-delay.2026.0b5e-aa");
    expect(fiscalYearOfKey(key)).toBe(2026);
    expect(fiscalYearOfKey("approval-delay")).toBeNull();
    expect(fiscalYearOfKey("../etc/passwd")).toBeNull();
  });

  it("name their kind, so one flag is recomputed from its own reads", () => {
    for (const kind of FLAG_KINDS) expect(kindOfKey(flagKey(kind, 2026, "a"))).toBe(kind);
    expect(kindOfKey("no-such-kind.2026.a")).toBeNull();
  });
});

describe("price far above the category median or the reference price", () => {
  it("takes the weighted median of a histogram (odd and even counts)", () => {
    const odd = categoryMedians([{ categorySlug: "a", unitPriceIdr: 10, lines: 2 }, { categorySlug: "a", unitPriceIdr: 30, lines: 1 }]);
    expect(odd.get("a")).toEqual({ medianIdr: 10, lines: 3 });
    const even = categoryMedians([{ categorySlug: "b", unitPriceIdr: 40, lines: 1 }, { categorySlug: "b", unitPriceIdr: 10, lines: 1 }]);
    expect(even.get("b")).toEqual({ medianIdr: 25, lines: 2 });
  });

  it("flags above ratio × median only, judged only with enough lines", () => {
    const medians = new Map([["tenun", { medianIdr: 100_000, lines: 5 }], ["kopi", { medianIdr: 50_000, lines: 4 }]]);
    const at = priceFlags([line({ unitPriceIdr: 200_000 })], medians, P, 2026);
    expect(at).toEqual([]);
    const above = priceFlags([line({ unitPriceIdr: 200_001 })], medians, P, 2026);
    expect(above.map((f) => [f.kind, f.key, f.params.ratio])).toEqual([["price_above_median", "price-above-median.2026.ol-1", 2]]);
    expect(above[0]!.links.map((l) => flagLinkHref(l))).toEqual(["/pesanan/o-1", "/permintaan/r-1"]);
    expect(priceFlags([line({ categorySlug: "kopi", unitPriceIdr: 1_000_000 })], medians, P, 2026)).toEqual([]);
  });

  it("flags above ratio × the reference price, and the candidate threshold is the lower limit", () => {
    const policy = { ...P, referencePricesIdr: { tenun: 120_000 } };
    const medians = new Map([["tenun", { medianIdr: 100_000, lines: 9 }]]);
    expect(priceCandidateThresholds(medians, policy).get("tenun")).toBe(180_000);
    const flags = priceFlags([line({ unitPriceIdr: 190_000 })], medians, policy, 2026);
    expect(flags.map((f) => f.kind)).toEqual(["price_above_reference"]);
    expect(priceFlags([line({ unitPriceIdr: 180_000 })], medians, policy, 2026)).toEqual([]);
    expect(priceCandidateThresholds(new Map(), { ...P, referencePricesIdr: { madu: 100_000 } }).get("madu")).toBe(150_000);
  });
});

describe("split packages (detected at submission) are surfaced", () => {
  it("gives one flag per request, with its largest crossed amount", () => {
    const base = { requestId: "r-1", requestNumber: "PP/1", opdId: "opd-1", buyerId: "u-1", buyerName: "Budi", submittedAt: wita("2026-02-02T09:00:00"), groupBy: "seller", groupKey: "b-1", windowDays: 30 };
    const flags = splitPackageFlags([{ ...base, combinedIdr: 60_000_000, boundaryIdr: 50_000_000 }, { ...base, groupBy: "category", combinedIdr: 12_000_000, boundaryIdr: 10_000_000 }], 2026);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.params).toMatchObject({ combinedIdr: 60_000_000, boundaryIdr: 50_000_000 });
    expect(flags[0]!.links.map(flagLinkHref)).toEqual(["/permintaan/r-1", "/audit/telusur/opd-1/pembeli/u-1"]);
  });
});

describe("spend concentration per OPD", () => {
  const spend = (businessId: string, spendIdr: number, orders = 1): SellerSpendRow => ({ opdId: "opd-1", businessId, businessName: businessId.toUpperCase(), spendIdr, orders, lastOrderAt: wita("2026-05-01T10:00:00") });

  it("computes HHI as the sum of squared shares and the top seller's share", () => {
    const c = concentrationOf([spend("a", 50), spend("b", 30), spend("c", 20)]);
    expect(c.hhi).toBeCloseTo(0.25 + 0.09 + 0.04);
    expect(c.topShare).toBeCloseTo(0.5);
    expect(c.top?.id).toBe("a");
  });

  it("flags an OPD above either limit, from the minimum number of orders on", () => {
    const opds = new Map([["opd-1", { id: "opd-1", name: "Dinas Pariwisata" }]]);
    const spread = [spend("a", 25, 2), spend("b", 25, 1), spend("c", 25, 1), spend("d", 25, 1)];
    expect(spendConcentrationFlags(spread, opds, P, 2026)).toEqual([]);
    const concentrated = [spend("a", 70, 4), spend("b", 30, 1)];
    const flags = spendConcentrationFlags(concentrated, opds, P, 2026);
    expect(flags.map((f) => [f.key, f.params.topSeller, f.params.topShare])).toEqual([["spend-concentration.2026.opd-1", "A", 0.7]]);
    expect(spendConcentrationFlags([spend("a", 70, 3), spend("b", 30, 1)], opds, P, 2026)).toEqual([]);
  });
});

const justified = (n: number, over: Partial<JustifiedRequest> = {}): JustifiedRequest => ({
  requestId: `r-${n}`, requestNumber: `PP/${n}`, opdId: "opd-1", buyerId: "u-1", buyerName: "Budi", submittedAt: wita(`2026-04-${String(n).padStart(2, "0")}T10:00:00`),
  code: "technical_spec", text: `Alasan khusus nomor ${n} untuk permintaan ini.`, ...over,
});

describe("repeated exceptions by the same buyer", () => {
  it("flags a buyer at the limit, per OPD, linking the buyer and each request", () => {
    expect(repeatedExceptionFlags([justified(1), justified(2)], P, 2026)).toEqual([]);
    const flags = repeatedExceptionFlags([justified(3), justified(1), justified(2), justified(4, { buyerId: "u-2" })], P, 2026);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.params).toMatchObject({ count: 3, limit: 3 });
    expect(flags[0]!.links.map((l) => l.label)).toEqual(["Budi", "PP/1", "PP/2", "PP/3"]);
    expect(flags[0]!.at).toEqual(justified(3).submittedAt);
  });
});

describe("justification texts reused word for word", () => {
  it("normalizes case, spacing and a final full stop only", () => {
    expect(normalizeJustification("  Tidak ada  UMK\nlokal. ")).toBe("tidak ada umk lokal");
    expect(normalizeJustification("Tidak ada UMK lokal!")).toBe(normalizeJustification("tidak ada umk lokal"));
    expect(normalizeJustification("Tidak ada UMK lokal")).not.toBe(normalizeJustification("Tidak ada UMK di lokal"));
  });

  it("flags a text on two requests, across OPDs and buyers, with a key that survives recomputation", () => {
    const text = "Hanya penyedia ini yang memenuhi spesifikasi teknis.";
    const rows = [justified(1, { text }), justified(2, { text: text.toUpperCase(), opdId: "opd-2", buyerId: "u-2" }), justified(3)];
    const flags = reusedJustificationFlags(rows, P, 2026);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.opdIds).toEqual(["opd-1", "opd-2"]);
    expect(flags[0]!.params).toMatchObject({ count: 2, buyers: 2 });
    expect(reusedJustificationFlags([...rows].reverse(), P, 2026)[0]!.key).toBe(flags[0]!.key);
  });

  it("links at most MAX_LINKED_REQUESTS requests but counts them all", () => {
    const rows = Array.from({ length: MAX_LINKED_REQUESTS + 5 }, (_, i) => justified(1, { requestId: `r-${i}`, requestNumber: `PP/${i}`, text: "sama" }));
    const [flag] = reusedJustificationFlags(rows, P, 2026);
    expect(flag!.links).toHaveLength(MAX_LINKED_REQUESTS);
    expect(flag!.params.count).toBe(MAX_LINKED_REQUESTS + 5);
  });
});

const approval = (submitted: string, decided: string | null): ApprovalTiming => ({
  requestId: "r-1", requestNumber: "PP/1", opdId: "opd-1", buyerId: "u-1", buyerName: "Budi", submittedAt: wita(submitted), decidedAt: decided ? wita(decided) : null,
});

describe("approval delay (working days, WITA, holidays skipped)", () => {
  it("allows 3 working days after the day of submission", () => {
    // Monday 2 March 2026: due by Thursday; Friday is late.
    expect(approvalDelayFlags([approval("2026-03-02T10:00:00", "2026-03-05T16:00:00")], P, ctx("2026-06-01T10:00:00"))).toEqual([]);
    const late = approvalDelayFlags([approval("2026-03-02T10:00:00", "2026-03-06T09:00:00")], P, ctx("2026-06-01T10:00:00"));
    expect(late.map((f) => f.params)).toEqual([{ workingDays: 4, limit: 3, pending: 0 }]);
  });

  it("skips the region's holidays and counts a waiting request until now", () => {
    expect(approvalDelayFlags([approval("2026-03-02T10:00:00", "2026-03-06T09:00:00")], P, ctx("2026-06-01T10:00:00", ["2026-03-03"]))).toEqual([]);
    const waiting = approvalDelayFlags([approval("2026-03-02T10:00:00", null)], P, ctx("2026-03-09T08:00:00"));
    expect(waiting[0]!.params).toEqual({ workingDays: 5, limit: 3, pending: 1 });
    expect(describeFlag(waiting[0]!).id).toContain("Menunggu");
  });
});

describe("working days by day number", () => {
  it("count exactly as the approver's clock (workingDaysElapsed) does", () => {
    const holidayList = ["2026-03-03", "2026-03-19", "2026-04-03", "2026-12-25"];
    const start = Date.parse("2026-01-01T00:00:00Z");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 * 24 * 60 }), fc.integer({ min: -60, max: 40 * 24 * 60 }), (fromMinutes, spanMinutes) => {
        const from = new Date(start + fromMinutes * 60_000);
        const to = new Date(from.getTime() + spanMinutes * 60_000);
        expect(workingDaysBetween(from, to, days(holidayList))).toBe(workingDaysElapsed(from, to, holidayList));
      }),
      { numRuns: 500 },
    );
  });
});

describe("decisions outside working hours (WITA)", () => {
  it("knows weekends, holidays and the hours", () => {
    expect(isOutsideWorkingHours(wita("2026-03-02T07:00:00"), days(), 7, 17)).toBe(false);
    expect(isOutsideWorkingHours(wita("2026-03-02T06:59:00"), days(), 7, 17)).toBe(true);
    expect(isOutsideWorkingHours(wita("2026-03-02T17:00:00"), days(), 7, 17)).toBe(true);
    expect(isOutsideWorkingHours(wita("2026-03-07T10:00:00"), days(), 7, 17)).toBe(true);
    expect(isOutsideWorkingHours(wita("2026-03-02T10:00:00"), days(["2026-03-02"]), 7, 17)).toBe(true);
    // 23:30 UTC on Sunday is 07:30 WITA on Monday: in hours.
    expect(isOutsideWorkingHours(new Date("2026-03-01T23:30:00Z"), days(), 7, 17)).toBe(false);
  });

  it("flags approvals and BAST signatures, each with its own key", () => {
    const c = ctx("2026-06-01T10:00:00");
    const [a] = afterHoursApprovalFlags([approval("2026-03-02T10:00:00", "2026-03-02T21:15:00")], P, c);
    expect(a!.key).toBe("outside-working-hours.2026.approval.r-1");
    expect(a!.params.wita).toBe("2026-03-02 21:15");
    expect(afterHoursApprovalFlags([approval("2026-03-02T10:00:00", null)], P, c)).toEqual([]);
    const receipts = [{ receiptId: "b-1", receiptNumber: "BAST/1", orderId: "o-1", orderNumber: "SP/1", opdId: "opd-1", signedAt: wita("2026-03-08T10:00:00") }];
    const [b] = afterHoursReceiptFlags(receipts, P, c);
    expect(b!.links.map(flagLinkHref)).toEqual(["/pesanan/o-1/bast/b-1", "/pesanan/o-1"]);
  });
});

const invoice = (issued: string, paid: string | null): InvoiceTiming => ({
  invoiceId: "i-1", invoiceNumber: "INV/1", orderId: "o-1", orderNumber: "SP/1", receiptId: "b-1", receiptNumber: "BAST/1", opdId: "opd-1",
  businessName: "Tenun Sukarara", amountIdr: 1_500_000, issuedAt: wita(issued), paidAt: paid ? wita(paid) : null,
});

describe("payment delay and BAST unpaid beyond the limit (calendar days, WITA)", () => {
  it("flags a payment later than maxDaysToPay, and an unpaid BAST past it", () => {
    const c = ctx("2026-03-20T10:00:00");
    expect(paymentFlags([invoice("2026-03-02T10:00:00", "2026-03-09T23:00:00")], 7, c)).toEqual([]);
    expect(paymentFlags([invoice("2026-03-02T10:00:00", "2026-03-10T01:00:00")], 7, c).map((f) => [f.kind, f.params.days])).toEqual([["payment_delay", 8]]);
    expect(paymentFlags([invoice("2026-03-13T10:00:00", null)], 7, c)).toEqual([]);
    const [unpaid] = paymentFlags([invoice("2026-03-12T10:00:00", null)], 7, c);
    expect([unpaid!.kind, unpaid!.key]).toEqual(["bast_unpaid", "bast-unpaid.2026.i-1"]);
    expect(unpaid!.links.map(flagLinkHref)).toEqual(["/pesanan/o-1/faktur/i-1", "/pesanan/o-1/bast/b-1", "/pesanan/o-1"]);
  });
});

describe("shipped without a BAST beyond N days", () => {
  it("flags from day N + 1", () => {
    const row = { orderId: "o-1", orderNumber: "SP/1", opdId: "opd-1", businessName: "Gerabah", totalIdr: 500_000, shippedAt: wita("2026-03-01T10:00:00") };
    expect(shippedWithoutBastFlags([row], P, ctx("2026-03-15T10:00:00"))).toEqual([]);
    expect(shippedWithoutBastFlags([row], P, ctx("2026-03-16T10:00:00")).map((f) => f.params.days)).toEqual([15]);
  });
});

describe("all flags of a year", () => {
  const facts: RedFlagFacts = {
    priceHistogram: [{ categorySlug: "tenun", unitPriceIdr: 100_000, lines: 9 }],
    pricedLines: [line({ unitPriceIdr: 900_000 })],
    splitFindings: [],
    sellerSpend: [],
    justifiedRequests: [justified(1), justified(2), justified(3)],
    approvals: [approval("2026-03-02T10:00:00", "2026-03-02T20:00:00")],
    invoices: [invoice("2026-03-01T10:00:00", null)],
    shippedOrders: [],
    receipts: [],
  };

  it("runs every rule with the policy's thresholds, newest first, each with a message in both languages", () => {
    const flags = computeRedFlags(facts, DEFAULT_NTB_POLICY.rules, new Map(), ctx("2026-06-01T10:00:00"));
    expect(countByKind(flags)).toEqual({ price_above_median: 1, repeated_exceptions: 1, outside_working_hours: 1, bast_unpaid: 1 });
    expect(flags.map((f) => f.at.getTime())).toEqual([...flags.map((f) => f.at.getTime())].sort((a, b) => b - a));
    for (const f of flags) {
      const m = describeFlag(f);
      expect(m.id.length).toBeGreaterThan(10);
      expect(m.en).not.toBe(m.id);
    }
    const stricter = { ...DEFAULT_NTB_POLICY.rules, redFlags: { ...P, exceptionsPerBuyer: 4 }, paymentClock: { enabled: true, maxDaysToPay: 120 } };
    expect(countByKind(computeRedFlags(facts, stricter, new Map(), ctx("2026-06-01T10:00:00")))).toEqual({ price_above_median: 1, outside_working_hours: 1 });
  });

  it("filters by kind, OPD and review state", () => {
    const flags = computeRedFlags(facts, DEFAULT_NTB_POLICY.rules, new Map(), ctx("2026-06-01T10:00:00"));
    const reviewed = new Set([flags[0]!.key]);
    expect(filterFlags(flags, { reviewed: true }, reviewed).map((f) => f.key)).toEqual([flags[0]!.key]);
    expect(filterFlags(flags, { reviewed: false }, reviewed)).toHaveLength(flags.length - 1);
    expect(filterFlags(flags, { kind: "bast_unpaid" }, reviewed)).toHaveLength(1);
    expect(filterFlags(flags, { opdId: "opd-2" }, reviewed)).toEqual([]);
  });

  it("describes every kind", () => {
    for (const kind of FLAG_KINDS) expect(describeFlag({ kind, params: {} }).id).not.toBe("");
  });
});

describe("red-flag thresholds in the policy", () => {
  it("read as the default for versions stored before them", () => {
    const { redFlags: _omitted, ...older } = DEFAULT_NTB_POLICY.rules;
    expect(compliancePolicySchema.parse({ version: 2, effectiveFrom: "2026-01-01", rules: older }).rules.redFlags).toEqual(DEFAULT_RED_FLAG_POLICY);
  });

  it("refuse ratios below 1 and shares above 100 %", () => {
    const bad = (redFlags: Partial<RedFlagPolicy>) =>
      compliancePolicySchema.safeParse({ ...DEFAULT_NTB_POLICY, rules: { ...DEFAULT_NTB_POLICY.rules, redFlags: { ...P, ...redFlags } } }).success;
    expect(bad({ priceToMedianRatio: 0.5 })).toBe(false);
    expect(bad({ concentrationMaxHhi: 1.2 })).toBe(false);
    expect(bad({ referencePricesIdr: { tenun: 1_000_000 } })).toBe(true);
  });
});

describe("the admin policy form carries the red-flag thresholds", () => {
  it("shows and reads back every threshold, reference prices included", () => {
    const rules = { ...DEFAULT_NTB_POLICY.rules, redFlags: { ...P, priceToMedianRatio: 2.5, referencePricesIdr: { tenun: 1_500_000, kopi: 75_000 } } };
    const values = policyFormValues(rules);
    expect(values["redFlags.referencePricesIdr"]).toBe("tenun=1.500.000; kopi=75.000");
    expect(values["redFlags.priceToMedianRatio"]).toBe("2,5");
    const form = new FormData();
    for (const f of POLICY_FIELDS) {
      if (f.kind === "boolean") { if (values[f.path] === "on") form.set(f.path, "on"); }
      else if (f.kind === "codes") for (const c of values[f.path]!.split(",")) form.append(f.path, c);
      else form.set(f.path, values[f.path]!);
    }
    const parsed = compliancePolicySchema.shape.rules.parse(rulesFromForm(form));
    expect(parsed.redFlags).toEqual(rules.redFlags);
  });
});
