import { summarizeByOpd, type SummarizedEvent } from "@/lib/domain/events/opd-event-summary";

const finding = { rule: "EVENT_LOCAL_CONSUMPTION" };

const event = (opd: { id: string; name: string }, totalIdr: number, localUmkIdr: number, over: { findings?: unknown[]; declaredIdr?: number } = {}): SummarizedEvent => ({
  opd,
  compliance: { totalIdr, localUmkIdr, findings: over.findings ?? [], declared: { totalIdr: over.declaredIdr ?? 0 } },
});

const dispar = { id: "opd-dispar", name: "Dinas Pariwisata" };
const diskop = { id: "opd-diskop", name: "Dinas Koperasi dan UKM" };
const bappeda = { id: "opd-bappeda", name: "Bappeda" };

describe("summarizeByOpd", () => {
  it("adds each OPD's events up and takes the share of the sums, not the average of the event shares", () => {
    // Event shares 1 and 1/12 would average 0.5417; the rupiah give 1_250_000 / 4_000_000 = 0.3125.
    const rows = summarizeByOpd([
      event(dispar, 1_000_000, 1_000_000),
      event(dispar, 3_000_000, 250_000, { findings: [finding], declaredIdr: 500_000 }),
    ]);
    expect(rows).toEqual([
      { id: dispar.id, name: dispar.name, events: 2, below: 1, totalIdr: 4_000_000, localUmkIdr: 1_250_000, share: 0.3125, declaredIdr: 500_000 },
    ]);
  });

  it("keeps OPDs apart and orders them by name", () => {
    const rows = summarizeByOpd([
      event(dispar, 600_000, 300_000),
      event(diskop, 200_000, 200_000, { declaredIdr: 200_000 }),
      event(bappeda, 100_000, 0, { findings: [finding, finding] }),
      event(diskop, 200_000, 100_000, { findings: [finding] }),
    ]);
    expect(rows.map((r) => r.name)).toEqual(["Bappeda", "Dinas Koperasi dan UKM", "Dinas Pariwisata"]);
    expect(rows.find((r) => r.id === diskop.id)).toEqual({
      id: diskop.id, name: diskop.name, events: 2, below: 1, totalIdr: 400_000, localUmkIdr: 300_000, share: 0.75, declaredIdr: 200_000,
    });
    expect(rows.find((r) => r.id === dispar.id)).toMatchObject({ events: 1, below: 0, share: 0.5 });
    // Two findings on one event still make one event below the rule.
    expect(rows.find((r) => r.id === bappeda.id)).toMatchObject({ events: 1, below: 1, share: 0 });
  });

  it("counts events with nothing recorded, with a share of 0 and never below the rule", () => {
    expect(summarizeByOpd([event(dispar, 0, 0), event(dispar, 0, 0)])).toEqual([
      { id: dispar.id, name: dispar.name, events: 2, below: 0, totalIdr: 0, localUmkIdr: 0, share: 0, declaredIdr: 0 },
    ]);
    expect(summarizeByOpd([])).toEqual([]);
  });
});
