import {
  fnv1a, relevanceBuckets, rotateEqualRelevance, rotationSeed, rotationWindow, RELEVANCE_BUCKET_WIDTH,
} from "@/lib/domain/exposure/rotate-equal-relevance";
import { buildProductSearchRequests, toProductSearchResult } from "@/lib/search/search-products";
import { productSearchQuerySchema, type ProductSearchQuery } from "@/lib/validation/catalog";
import type { ProductDocument } from "@/lib/search/document";

type Hit = { id: string; seller: string; score: number };
const rotate = (hits: Hit[], seed: string) => rotateEqualRelevance(hits, { seed, score: (h) => h.score, sellerId: (h) => h.seller });
const hit = (id: string, seller: string, score: number): Hit => ({ id, seller, score });

describe("relevance buckets", () => {
  it("starts a new bucket when a score falls a bucket width below the bucket's first score", () => {
    expect(relevanceBuckets([1, 0.995, 0.985, 0.97, 0.96, 0.5])).toEqual([[0, 1, 2], [3, 4], [5]]);
  });

  it("does not chain: small steps add up to a new bucket", () => {
    const w = RELEVANCE_BUCKET_WIDTH;
    const scores = [1, 1 - w * 0.6, 1 - w * 1.2, 1 - w * 1.8];
    expect(relevanceBuckets(scores)).toEqual([[0, 1], [2, 3]]);
  });

  it("is empty for no hits", () => expect(relevanceBuckets([])).toEqual([]));
});

describe("rotateEqualRelevance", () => {
  const equal = ["a", "b", "c", "d", "e", "f"].map((s, i) => hit(`p${i}`, s, 0.9));

  it("keeps every hit exactly once", () => {
    const out = rotate(equal, "x");
    expect(out.map((h) => h.id).sort()).toEqual(equal.map((h) => h.id).sort());
  });

  it("is deterministic for a seed and differs between seeds", () => {
    expect(rotate(equal, "2026-06-01\u0000q")).toEqual(rotate(equal, "2026-06-01\u0000q"));
    const firsts = new Set(Array.from({ length: 30 }, (_, d) => rotate(equal, rotationSeed(`2026-06-${String(d + 1).padStart(2, "0")}`, "q"))[0]!.seller));
    expect(firsts.size).toBeGreaterThanOrEqual(4);
  });

  it("never moves a hit above a hit of a higher bucket", () => {
    const hits = [hit("t1", "a", 1), hit("t2", "b", 0.995), hit("m1", "c", 0.9), hit("m2", "d", 0.895), hit("m3", "a", 0.89), hit("l1", "e", 0.2)];
    for (let seed = 0; seed < 50; seed++) {
      const out = rotate(hits, `s${seed}`).map((h) => h.id);
      expect(out.slice(0, 2).sort()).toEqual(["t1", "t2"]);
      expect(out.slice(2, 5).sort()).toEqual(["m1", "m2", "m3"]);
      expect(out[5]).toBe("l1");
    }
  });

  it("deals sellers round-robin so one seller's many equal listings do not fill the top", () => {
    const hits = [...["1", "2", "3", "4"].map((n) => hit(`a${n}`, "a", 0.8)), hit("b1", "b", 0.8), hit("c1", "c", 0.8)];
    const out = rotate(hits, "seed");
    expect(new Set(out.slice(0, 3).map((h) => h.seller))).toEqual(new Set(["a", "b", "c"]));
    // A seller's own hits keep their order.
    expect(out.filter((h) => h.seller === "a").map((h) => h.id)).toEqual(["a1", "a2", "a3", "a4"]);
  });

  it("spreads the first place evenly over many seeds", () => {
    const counts = new Map<string, number>();
    for (let day = 0; day < 600; day++) {
      const first = rotate(equal, rotationSeed(`d${day}`, "kopi"))[0]!.seller;
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const n of counts.values()) expect(n).toBeGreaterThan(600 / 6 / 2);
  });

  it("hashes stably (FNV-1a test vectors)", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });
});

describe("rotation window", () => {
  it("maps pages onto windows of whole pages holding at least 48 hits", () => {
    expect(rotationWindow(1, 24)).toEqual({ windowPage: 1, windowSize: 48, sliceStart: 0 });
    expect(rotationWindow(2, 24)).toEqual({ windowPage: 1, windowSize: 48, sliceStart: 24 });
    expect(rotationWindow(3, 24)).toEqual({ windowPage: 2, windowSize: 48, sliceStart: 0 });
    expect(rotationWindow(9, 6)).toEqual({ windowPage: 2, windowSize: 48, sliceStart: 0 });
    expect(rotationWindow(2, 100)).toEqual({ windowPage: 2, windowSize: 100, sliceStart: 0 });
    expect(rotationWindow(2, 10)).toEqual({ windowPage: 1, windowSize: 50, sliceStart: 10 });
  });
});

const query = (over: Partial<ProductSearchQuery>) => ({ ...productSearchQuerySchema.parse({}), ...over }) as ProductSearchQuery;
const doc = (id: string, seller: string, score: number) =>
  ({ id, title: id, priceIdr: 1, unit: "pcs", stock: 1, category: "K", categorySlug: "k", kabupaten: "Bima", isLocal: true, thumbnailKey: null, rating: 0,
    business: { id: seller, name: seller, scale: "mikro", isUmk: true, kabupaten: "Bima" }, _rankingScore: score }) as unknown as ProductDocument;
const answer = (hits: ProductDocument[]) => ({ hits, totalHits: hits.length, facetDistribution: {} }) as never;

describe("search requests and results with rotation", () => {
  it("asks Meilisearch for the window with ranking scores only when sorted by relevance", () => {
    const [main] = buildProductSearchRequests("products", query({ q: "kopi", page: 2, perPage: 10 }));
    expect(main).toMatchObject({ page: 1, hitsPerPage: 50, showRankingScore: true });
    const [sorted] = buildProductSearchRequests("products", query({ q: "kopi", page: 2, perPage: 10, sort: "price:asc" }));
    expect(sorted).toMatchObject({ page: 2, hitsPerPage: 10 });
    expect(sorted).not.toHaveProperty("showRankingScore");
  });

  it("pages 1 and 2 of a window split it without overlap or loss", () => {
    const hits = Array.from({ length: 8 }, (_, i) => doc(`p${i}`, `s${i % 5}`, i < 6 ? 0.9 : 0.5));
    const p1 = toProductSearchResult(query({ q: "x", page: 1, perPage: 4 }), [answer(hits)], "2026-06-01");
    const p2 = toProductSearchResult(query({ q: "x", page: 2, perPage: 4 }), [answer(hits)], "2026-06-01");
    const all = [...p1.hits, ...p2.hits].map((h) => h.id);
    expect(new Set(all).size).toBe(8);
    expect(all.slice(6).sort()).toEqual(["p6", "p7"]);
    expect(p1.total).toBe(8);
    expect(p1.totalPages).toBe(2);
  });

  it("leaves a price-sorted answer in Meilisearch's order", () => {
    const hits = Array.from({ length: 4 }, (_, i) => doc(`p${i}`, `s${i}`, 1));
    const r = toProductSearchResult(query({ sort: "price:asc", perPage: 4 }), [answer(hits)], "2026-06-01");
    expect(r.hits.map((h) => h.id)).toEqual(["p0", "p1", "p2", "p3"]);
  });
});
