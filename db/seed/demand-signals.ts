import type { searchQueries } from "@/db/schema";
import type { SeedRows } from "./build";

type SearchQueryRow = typeof searchQueries.$inferInsert;

/**
 * Searches government buyers made and barely found (≤ 3 results), per category: what /peluang lists and what the
 * hourly sweep turns into Peluang alerts with a prefilled product draft (issue 13). Realistic NTB needs that
 * the demo catalog does not carry; the first categories are the demo seller's, so her bell shows alerts.
 */
const UNMET: Record<string, readonly string[]> = {
  "tenun-songket": ["songket benang emas sasak", "kain tenun seragam dinas"],
  "anyaman-ketak": ["tas ketak souvenir rapat"],
  "cendera-mata": ["plakat kayu jati ukir", "souvenir tenun mini"],
  "konsumsi-rapat": ["nasi kotak 200 porsi"],
  "atk-percetakan": ["cetak spanduk kegiatan"],
  kopi: ["kopi sembalun kemasan 250 gram"],
};

/** Deterministic rows relative to `now`: a few searches each, by staff of the provincial OPDs, over the last days. */
export const buildDemandSignalSeed = (data: SeedRows, now: Date): SearchQueryRow[] => {
  const slugs = new Map(data.categories.map((c) => [c.slug, c]));
  const rows: SearchQueryRow[] = [];
  let n = 0;
  for (const [slug, queries] of Object.entries(UNMET)) {
    if (!slugs.has(slug)) continue;
    for (const query of queries) {
      const searches = 2 + (n % 3);
      for (let i = 0; i < searches; i += 1) {
        const opd = data.opds[(n + i) % data.opds.length]!;
        // Spread over the last 6 days, minutes apart: each a settled search, not a keystroke pause.
        const at = new Date(now.getTime() - ((n % 6) + 1) * 86_400_000 + i * 3 * 60_000);
        rows.push({ at, normalizedQuery: query, categorySlug: slug, resultCount: (n + i) % 3, role: "buyer", opdId: opd.id });
      }
      n += 1;
    }
  }
  return rows;
};
