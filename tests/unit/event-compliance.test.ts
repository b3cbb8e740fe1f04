import { DEFAULT_NTB_POLICY } from "@/lib/domain/compliance/policy";
import { evaluateEvent, type EventItem } from "@/lib/domain/events/event-compliance";

const item = (overrides: Partial<EventItem>): EventItem => ({ category: "konsumsi", amountIdr: 1_000_000, isUmk: true, isLocal: true, source: "verified", ...overrides });

describe("evaluateEvent", () => {
  it("computes exact shares overall, for konsumsi and per category", () => {
    const result = evaluateEvent(
      [item({ amountIdr: 3_000_000 }), item({ category: "cendera_mata", amountIdr: 1_000_000, isLocal: false })],
      DEFAULT_NTB_POLICY,
    );
    expect(result).toMatchObject({ totalIdr: 4_000_000, localUmkIdr: 3_000_000, share: 0.75, consumption: { totalIdr: 3_000_000, localUmkIdr: 3_000_000, share: 1 } });
    expect(result.byCategory.cendera_mata).toEqual({ totalIdr: 1_000_000, localUmkIdr: 0, share: 0 });
    expect(result.byCategory.atk).toEqual({ totalIdr: 0, localUmkIdr: 0, share: 0 });
    expect(result.verdict).toBe("allow");
  });

  it("flags konsumsi below 100 % local UMK with the rupiah still to move", () => {
    const result = evaluateEvent([item({ amountIdr: 2_000_000 }), item({ amountIdr: 500_001, isUmk: false })], DEFAULT_NTB_POLICY);
    expect(result.verdict).toBe("needs_justification");
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: "EVENT_LOCAL_CONSUMPTION", params: expect.objectContaining({ shortfallIdr: 500_001 }) }),
    ]);
    expect(result.findings[0]!.message.id).toContain("Rp500.001");
  });

  it("is quiet with no konsumsi at all, and when the policy rule is off", () => {
    expect(evaluateEvent([item({ category: "atk", isUmk: false })], DEFAULT_NTB_POLICY).findings).toEqual([]);
    const off = structuredClone(DEFAULT_NTB_POLICY);
    off.rules.eventLocalConsumption.enabled = false;
    expect(evaluateEvent([item({ isUmk: false })], off).findings).toEqual([]);
  });

  it("keeps declared (unverified) amounts apart so an auditor can weigh them", () => {
    const result = evaluateEvent([item({ amountIdr: 700_000 }), item({ amountIdr: 300_000, source: "declared" })], DEFAULT_NTB_POLICY);
    expect(result.localUmkIdr).toBe(1_000_000);
    expect(result.declared).toEqual({ totalIdr: 300_000, localUmkIdr: 300_000, count: 1 });
  });
});
