/**
 * Fair exposure: among search results of equal relevance, the order of sellers rotates from day to day so that
 * the first places do not pool on the same few businesses (Meilisearch breaks ties by internal document id,
 * i.e. by who was indexed first). Pure: the caller passes the ranking scores and a seed.
 *
 * Relevance order across buckets always holds: a hit never moves above a hit of a higher bucket.
 */

/**
 * Two hits are "equally relevant" when their Meilisearch ranking scores differ by less than this from the
 * bucket's best score. Meilisearch's score applies the ranking rules in order (words, typo, proximity, attribute,
 * exactness), each subdividing what the previous left. Measured on the demo catalog (bench/RESULTS.md, "Fair
 * exposure"): a typo costs ≈ 0.5, a proximity step ≈ 0.15–0.3, the word found only deep in the description
 * ≈ 0.1–0.4; whereas exactness (whole title vs part of it) and the word's position inside the title move a hit by
 * 0.003–0.01 — "Kain Songket Sukarara…" 0.997 against "Taplak Meja Tenun Samawa" 0.9939 for `songket`, the same
 * match a buyer would call equally good. 0.02 takes that tail and nothing coarser; narrower would rotate almost
 * nothing, wider would let a weaker field or a typo overtake an exact title match.
 */
export const RELEVANCE_BUCKET_WIDTH = 0.02;

/**
 * Rotation reorders within a window of at least this many hits (whole result pages, fetched at once): a seller
 * whose equally relevant products sit on page 2 or 3 of a large bucket can reach page 1. Each window is rotated
 * on its own, so a page always comes from the same window and paging is stable (no hit on two pages, none lost)
 * for a given seed. 48 = two default pages of 24: a bucket larger than that rotates in 48-hit slices (measured:
 * fetching 48 hits instead of 24 costs Meilisearch well under a millisecond, see bench/RESULTS.md).
 */
export const ROTATION_WINDOW_HITS = 48;

/** FNV-1a, 32 bit: small, fast and stable across runtimes; fairness needs spread, not secrecy. */
export const fnv1a = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
};

/** The seed of a search: the same all day (WITA) for the same query, different from one query to the next. */
export const rotationSeed = (day: string, queryKey: string): string => `${day}\u0000${queryKey}`;

/**
 * Groups positions of a score-descending list into buckets: a bucket starts at a hit and takes every following
 * hit whose score is within `width` of that first hit (a chain could otherwise drift across many steps).
 */
export const relevanceBuckets = (scores: ReadonlyArray<number>, width = RELEVANCE_BUCKET_WIDTH): number[][] => {
  const buckets: number[][] = [];
  let top = Number.NaN;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i]!;
    if (buckets.length === 0 || !(top - score < width)) {
      buckets.push([i]);
      top = score;
    } else buckets[buckets.length - 1]!.push(i);
  }
  return buckets;
};

/**
 * Within each bucket: sellers in an order drawn from the seed, their hits dealt round-robin (each seller's first
 * hit, then each seller's second…), so one seller with ten equal listings cannot fill a page alone. A seller's own
 * hits keep Meilisearch's order. Buckets keep their order.
 */
export const rotateEqualRelevance = <T>(
  items: ReadonlyArray<T>,
  options: { seed: string; score: (item: T) => number; sellerId: (item: T) => string; width?: number },
): T[] => {
  const out: T[] = [];
  for (const bucket of relevanceBuckets(items.map(options.score), options.width)) {
    const bySeller = new Map<string, T[]>();
    for (const i of bucket) {
      const item = items[i]!;
      const seller = options.sellerId(item);
      const list = bySeller.get(seller);
      if (list) list.push(item);
      else bySeller.set(seller, [item]);
    }
    const sellers = [...bySeller.keys()]
      .map((id) => ({ id, key: fnv1a(`${options.seed}\u0000${id}`) }))
      .sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : 1));
    const queues = sellers.map((s) => bySeller.get(s.id)!);
    const longest = Math.max(...queues.map((q) => q.length));
    for (let round = 0; round < longest; round++) {
      for (const queue of queues) if (round < queue.length) out.push(queue[round]!);
    }
  }
  return out;
};

/**
 * Which Meilisearch page (of `windowPages × perPage` hits, at least ROTATION_WINDOW_HITS) holds the requested
 * page, and where the requested page starts inside it.
 */
export const rotationWindow = (page: number, perPage: number, windowHits = ROTATION_WINDOW_HITS) => {
  const windowPages = Math.max(1, Math.ceil(windowHits / perPage));
  const windowIndex = Math.floor((page - 1) / windowPages);
  return { windowPage: windowIndex + 1, windowSize: perPage * windowPages, sliceStart: ((page - 1) % windowPages) * perPage };
};
