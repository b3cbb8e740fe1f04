import type { PricedLine, PriceHistogramRow } from "../facts";
import type { RedFlagPolicy } from "../policy";
import { flagKey, type RedFlag } from "../types";

export type CategoryMedian = { medianIdr: number; lines: number };

/**
 * The median unit price per category, from a histogram (price → number of lines): the middle line's price,
 * or the mean of the two middle ones for an even count, as the payment clock's median.
 */
export const categoryMedians = (histogram: readonly PriceHistogramRow[]): Map<string, CategoryMedian> => {
  const byCategory = new Map<string, PriceHistogramRow[]>();
  for (const row of histogram) {
    if (row.lines <= 0) continue;
    const rows = byCategory.get(row.categorySlug) ?? [];
    rows.push(row);
    byCategory.set(row.categorySlug, rows);
  }
  const out = new Map<string, CategoryMedian>();
  for (const [slug, rows] of byCategory) {
    rows.sort((a, b) => a.unitPriceIdr - b.unitPriceIdr);
    const total = rows.reduce((s, r) => s + r.lines, 0);
    // The prices at 1-based ranks `lower` and `upper` (equal for an odd count).
    const lower = Math.floor((total + 1) / 2);
    const upper = Math.floor(total / 2) + 1;
    let seen = 0;
    let lowerPrice: number | null = null;
    let upperPrice: number | null = null;
    for (const r of rows) {
      seen += r.lines;
      if (lowerPrice === null && seen >= lower) lowerPrice = r.unitPriceIdr;
      if (upperPrice === null && seen >= upper) upperPrice = r.unitPriceIdr;
    }
    out.set(slug, { medianIdr: (lowerPrice! + upperPrice!) / 2, lines: total });
  }
  return out;
};

const medianLimit = (m: CategoryMedian | undefined, policy: RedFlagPolicy) =>
  m && m.lines >= policy.priceMinCategoryLines ? m.medianIdr * policy.priceToMedianRatio : null;

const referenceLimit = (slug: string, policy: RedFlagPolicy) => {
  const reference = policy.referencePricesIdr[slug];
  return reference === undefined ? null : reference * policy.priceToReferenceRatio;
};

/**
 * Per category, the unit price above which a line may be flagged (the lower of the two limits): what the
 * candidate query filters on, so only those lines leave the database.
 */
export const priceCandidateThresholds = (medians: ReadonlyMap<string, CategoryMedian>, policy: RedFlagPolicy): Map<string, number> => {
  const out = new Map<string, number>();
  for (const slug of new Set([...medians.keys(), ...Object.keys(policy.referencePricesIdr)])) {
    const limits = [medianLimit(medians.get(slug), policy), referenceLimit(slug, policy)].filter((l): l is number => l !== null);
    if (limits.length > 0) out.set(slug, Math.floor(Math.min(...limits)));
  }
  return out;
};

const lineLinks = (line: PricedLine): RedFlag["links"] => [
  { type: "order", id: line.orderId, label: line.orderNumber },
  { type: "request", id: line.requestId, label: line.requestNumber },
];

/**
 * A unit price far above what the region pays for the category: above `priceToMedianRatio` × the category's
 * median that year (judged only with enough lines), and/or above `priceToReferenceRatio` × its reference price.
 */
export const priceFlags = (
  lines: readonly PricedLine[],
  medians: ReadonlyMap<string, CategoryMedian>,
  policy: RedFlagPolicy,
  fiscalYear: number,
): RedFlag[] => {
  const flags: RedFlag[] = [];
  for (const line of lines) {
    const median = medians.get(line.categorySlug);
    const overMedian = medianLimit(median, policy);
    const base = { fiscalYear, opdIds: [line.opdId], at: line.placedAt, links: lineLinks(line) };
    const item = { title: line.title, category: line.categorySlug, unitPriceIdr: line.unitPriceIdr, quantity: line.quantity };
    if (overMedian !== null && line.unitPriceIdr > overMedian) {
      flags.push({
        ...base,
        key: flagKey("price_above_median", fiscalYear, line.orderLineId),
        kind: "price_above_median",
        params: { ...item, medianIdr: median!.medianIdr, ratio: round2(line.unitPriceIdr / median!.medianIdr), limitRatio: policy.priceToMedianRatio, categoryLines: median!.lines },
      });
    }
    const overReference = referenceLimit(line.categorySlug, policy);
    if (overReference !== null && line.unitPriceIdr > overReference) {
      const referenceIdr = policy.referencePricesIdr[line.categorySlug]!;
      flags.push({
        ...base,
        key: flagKey("price_above_reference", fiscalYear, line.orderLineId),
        kind: "price_above_reference",
        params: { ...item, referenceIdr, ratio: round2(line.unitPriceIdr / referenceIdr), limitRatio: policy.priceToReferenceRatio },
      });
    }
  }
  return flags;
};

const round2 = (n: number) => Math.round(n * 100) / 100;
