import { buildSeedData } from "@/db/seed/build";
import { buildProcurementSeed, holidaysOfYear } from "@/db/seed/procurement";

const NOW = new Date("2026-11-27T02:00:00Z");

describe("procurement demo seed", () => {
  const data = buildSeedData(NOW, "uji-rahasia-2026");
  const seed = buildProcurementSeed(data, NOW);

  it("is deterministic", () => {
    expect(JSON.stringify(buildProcurementSeed(buildSeedData(NOW, "uji-rahasia-2026"), NOW))).toBe(JSON.stringify(seed));
  });

  it("spans several OPDs and statuses, with UMK and justified non-UMK lines", () => {
    expect(new Set(seed.requests.map((r) => r.opdId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(seed.requests.map((r) => r.status))).toEqual(new Set(["draft", "submitted", "returned", "rejected", "ordered"]));
    // Every BAST issued its invoice: received orders are invoiced (open) or paid.
    expect(new Set(seed.orders.map((o) => o.status))).toEqual(new Set(["placed", "accepted", "declined", "shipped", "invoiced", "paid"]));
    expect(seed.requestLines.some((l) => !l.sellerIsUmk)).toBe(true);
    for (const request of seed.requests.filter((r) => seed.requestLines.some((l) => l.requestId === r.id && !l.sellerIsUmk))) {
      expect(request.justificationCode).not.toBeNull();
    }
    expect(seed.requests.every((r) => (r.complianceDecision as { verdict: string }).verdict !== "block")).toBe(true);
    expect(seed.ratings.length).toBeGreaterThan(0);
  });

  it("keeps money, stock-free history and documents consistent", () => {
    for (const order of seed.orders) {
      const lines = seed.orderLines.filter((l) => l.orderId === order.id);
      expect(order.totalIdr).toBe(lines.reduce((s, l) => s + l.quantity * l.unitPriceIdr, 0));
    }
    for (const [budgetLineId, committed] of seed.committedByBudgetLine) {
      const line = data.budgetLines.find((l) => l.id === budgetLineId)!;
      const orders = seed.orders.filter((o) => o.budgetLineId === budgetLineId && o.status !== "declined");
      expect(committed).toBe(orders.reduce((s, o) => s + o.totalIdr, 0));
      expect((line.committedIdr ?? 0) + (line.realizedIdr ?? 0) + committed).toBeLessThanOrEqual(line.ceilingIdr);
    }
    expect(new Set(seed.orders.map((o) => o.number)).size).toBe(seed.orders.length);
    const sp = seed.counters.filter((c) => c.kind.startsWith("SP/")).reduce((s, c) => s + (c.lastValue ?? 0), 0);
    expect(sp).toBe(seed.orders.length);
    expect(seed.audit.every((e) => (e.at?.getTime() ?? 0) < NOW.getTime())).toBe(true);
  });

  it("holds policy version 1 and the year's national holidays", () => {
    expect(seed.policy).toMatchObject({ version: 1, effectiveFrom: "2026-01-01" });
    expect(holidaysOfYear(2026).map((h) => h.date)).toContain("2026-08-17");
    expect(seed.holidays.some((h) => h.date === "2026-12-25")).toBe(true);
  });
});
