import { buildSeedData } from "@/db/seed/build";
import { buildEventSeed } from "@/db/seed/events";
import { buildProcurementSeed } from "@/db/seed/procurement";

const NOW = new Date("2026-11-27T02:00:00Z");

describe("events demo seed", () => {
  const data = buildSeedData(NOW, "uji-rahasia-2026");
  const procurement = buildProcurementSeed(data, NOW);
  const seed = buildEventSeed(data, procurement, NOW);
  const dispar = data.opds.find((o) => o.shortName === "Dispar")!.id;

  it("is deterministic", () => {
    const again = buildSeedData(NOW, "uji-rahasia-2026");
    expect(JSON.stringify(buildEventSeed(again, buildProcurementSeed(again, NOW), NOW))).toBe(JSON.stringify(seed));
  });

  it("gives Dinas Pariwisata a closed event with its report, an open one and one below the konsumsi target", () => {
    const mine = seed.events.filter((e) => e.opdId === dispar);
    expect(mine.length).toBeGreaterThanOrEqual(3);
    const closed = mine.find((e) => e.status === "closed")!;
    const report = closed.closedReport as { compliance: { totalIdr: number; share: number }; items: Array<{ id: string }> };
    const closedItems = seed.items.filter((i) => i.eventId === closed.id);
    expect(report.items.map((i) => i.id)).toEqual(closedItems.map((i) => i.id));
    expect(report.compliance.totalIdr).toBe(closedItems.reduce((s, i) => s + i.amountIdr, 0));
    expect(mine.some((e) => e.status === "open")).toBe(true);
    const below = mine.filter((e) => {
      const konsumsi = seed.items.filter((i) => i.eventId === e.id && i.category === "konsumsi");
      return konsumsi.some((i) => !(i.isUmk && i.isLocal));
    });
    expect(below.length).toBeGreaterThan(0);
  });

  it("closes no event with an off-platform item lacking evidence, and audits every event in time order", () => {
    for (const e of seed.events.filter((x) => x.status === "closed")) {
      expect(seed.items.filter((i) => i.eventId === e.id && i.source === "declared")).toEqual([]);
    }
    expect(new Set(seed.audit.filter((a) => a.action === "event.created").map((a) => a.entityId))).toEqual(new Set(seed.events.map((e) => e.id)));
    const times = seed.audit.map((a) => a.at!.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(seed.events.every((e) => e.endsAt >= e.startsAt && e.fiscalYear === 2026)).toBe(true);
  });
});
