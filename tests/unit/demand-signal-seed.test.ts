import { buildSeedData } from "@/db/seed/build";
import { buildDemandSignalSeed } from "@/db/seed/demand-signals";
import { LOW_RESULT_MAX } from "@/lib/domain/catalog/opportunity-rules";

const NOW = new Date("2026-12-03T02:00:00Z");

describe("demo demand signals", () => {
  const data = buildSeedData(NOW, "uji-rahasia-2026");
  const rows = buildDemandSignalSeed(data, NOW);

  it("are Peluang of the last week by provincial OPDs, in categories that exist, the demo seller's among them", () => {
    expect(rows.length).toBeGreaterThan(10);
    const slugs = new Set(data.categories.map((c) => c.slug));
    const opds = new Set(data.opds.map((o) => o.id));
    for (const r of rows) {
      expect(slugs.has(r.categorySlug!)).toBe(true);
      expect(opds.has(r.opdId!)).toBe(true);
      expect(r.resultCount).toBeLessThanOrEqual(LOW_RESULT_MAX);
      expect(NOW.getTime() - r.at!.getTime()).toBeLessThan(7 * 86_400_000);
      expect(r.at!.getTime()).toBeLessThan(NOW.getTime());
    }
    expect(rows.some((r) => r.categorySlug === "tenun-songket")).toBe(true);
  });

  it("are the same rows every run", () => {
    expect(buildDemandSignalSeed(buildSeedData(NOW, "uji-rahasia-2026"), NOW)).toEqual(rows);
  });
});
