import type { MultiSearchQuery, SearchParams, SearchResponse } from "meilisearch";
import type { ProductDocument } from "./document";
import { rotateEqualRelevance, rotationSeed, rotationWindow } from "@/lib/domain/exposure/rotate-equal-relevance";
import {
  emptyFacets, FACET_KEYS, mediaUrl, type FacetKey, type ProductFacets, type ProductHit, type ProductSearchQuery,
  type ProductSearchResult,
} from "@/lib/validation/catalog";

// The query side of the products index: validated parameters → Meilisearch requests (pure), and
// Meilisearch responses → the API shape (pure). Only lib/services/catalog calls Meilisearch with these.

/** The document attribute behind each facet/filter parameter. */
export const FACET_ATTRIBUTE: Record<FacetKey, keyof ProductDocument> = {
  category: "category",
  kabupaten: "kabupaten",
  scale: "scale",
  isUmk: "isUmk",
  isLocal: "isLocal",
  certification: "certifications",
};

const SORT: Record<ProductSearchQuery["sort"], string[] | undefined> = {
  relevance: undefined,
  "price:asc": ["priceIdr:asc"],
  "price:desc": ["priceIdr:desc"],
  newest: ["createdAt:desc"],
  rating: ["rating:desc"],
};

/**
 * A value as a Meilisearch filter literal. Strings are double-quoted with backslashes and quotes escaped,
 * so a value can never close the quote and inject filter syntax (e.g. `x" OR isUmk = false`).
 */
export const filterLiteral = (value: string | number | boolean): string =>
  typeof value === "string" ? `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"` : String(value);

const anyOf = (attribute: string, values: ReadonlyArray<string | boolean>) =>
  values.length === 1 ? `${attribute} = ${filterLiteral(values[0]!)}` : `(${values.map((v) => `${attribute} = ${filterLiteral(v)}`).join(" OR ")})`;

/** The AND-ed filter clauses of a query, optionally leaving out one facet (for that facet's own counts). */
export const buildProductFilter = (params: ProductSearchQuery, without?: FacetKey): string[] => {
  const clauses: string[] = [];
  for (const key of FACET_KEYS) {
    if (key === without) continue;
    const values = params[key] as ReadonlyArray<string | boolean> | undefined;
    if (values && values.length > 0) clauses.push(anyOf(FACET_ATTRIBUTE[key], [...new Set(values)]));
  }
  if (params.minPrice !== undefined) clauses.push(`priceIdr >= ${params.minPrice}`);
  if (params.maxPrice !== undefined) clauses.push(`priceIdr <= ${params.maxPrice}`);
  if (params.businessId) clauses.push(`businessId = ${filterLiteral(params.businessId)}`);
  return clauses;
};

const RETRIEVE: (keyof ProductDocument)[] = [
  "id", "title", "priceIdr", "unit", "stock", "category", "categorySlug", "kabupaten", "isLocal", "thumbnailKey", "rating", "business",
];

/**
 * Relevance order is the only one rotated (fair exposure); an explicit sort by price, rating or date is what the
 * buyer asked for and stays as Meilisearch returns it.
 */
export const isRotated = (params: ProductSearchQuery) => params.sort === "relevance";

/** Everything that makes two searches "the same search" except the page, for the rotation seed. */
export const rotationQueryKey = (params: ProductSearchQuery): string => {
  const { page: _page, ...rest } = params;
  return JSON.stringify(Object.entries(rest).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)));
};

/**
 * One multi-search: the page of hits with the facets nobody filtered on, plus, for each facet that is
 * filtered, a zero-hit query without its own filter — so its counts say what ticking another value would
 * add (OR within a facet) instead of collapsing to the selected values only.
 */
export const buildProductSearchRequests = (indexUid: string, params: ProductSearchQuery): MultiSearchQuery[] => {
  const filtered = FACET_KEYS.filter((k) => (params[k]?.length ?? 0) > 0);
  // A relevance search fetches its whole rotation window (the page and its neighbours) with ranking scores.
  const window = isRotated(params) ? rotationWindow(params.page, params.perPage) : null;
  const main: MultiSearchQuery = {
    indexUid,
    q: params.q,
    filter: buildProductFilter(params),
    facets: FACET_KEYS.filter((k) => !filtered.includes(k)).map((k) => FACET_ATTRIBUTE[k]),
    page: window ? window.windowPage : params.page,
    hitsPerPage: window ? window.windowSize : params.perPage,
    attributesToRetrieve: RETRIEVE,
    ...(window ? { showRankingScore: true } : {}),
    ...(SORT[params.sort] ? { sort: SORT[params.sort] } : {}),
  };
  return [
    main,
    ...filtered.map((key): MultiSearchQuery => ({
      indexUid,
      q: params.q,
      filter: buildProductFilter(params, key),
      facets: [FACET_ATTRIBUTE[key]],
      hitsPerPage: 0,
      page: 1,
    })),
  ];
};

/**
 * The same requests as GET parameters. The query side sends these (in parallel) rather than one POST
 * multi-search: fetch's POSTs to Meilisearch showed ~40 ms delayed-ACK stalls (headers and body in
 * separate packets); a GET has no body, and one search is 4–5 ms at 100k documents.
 */
export const toSearchGetParams = (request: MultiSearchQuery): { q: string; params: SearchParams } => {
  const { indexUid: _index, q, filter, ...rest } = request;
  const joined = Array.isArray(filter) ? filter.join(" AND ") : filter;
  return { q: q ?? "", params: { ...rest, ...(joined ? { filter: joined } : {}) } };
};

export const toProductHit = (d: Pick<ProductDocument, (typeof RETRIEVE)[number]>): ProductHit => ({
  id: d.id,
  title: d.title,
  priceIdr: d.priceIdr,
  unit: d.unit,
  stock: d.stock,
  category: d.category,
  categorySlug: d.categorySlug,
  kabupaten: d.kabupaten,
  isLocal: d.isLocal,
  thumbnailUrl: d.thumbnailKey ? mediaUrl(d.thumbnailKey) : null,
  rating: d.rating,
  business: { id: d.business.id, name: d.business.name, scale: d.business.scale, isUmk: d.business.isUmk, kabupaten: d.business.kabupaten },
});

type ScoredDocument = ProductDocument & { _rankingScore?: number };

/**
 * The requested page out of a relevance search's rotation window: equally relevant sellers rotated with the
 * day's seed for this query, then the page sliced out (see lib/domain/exposure/rotate-equal-relevance.ts).
 */
const pageOfWindow = (params: ProductSearchQuery, hits: ScoredDocument[], day: string): ScoredDocument[] => {
  const { sliceStart } = rotationWindow(params.page, params.perPage);
  const rotated = rotateEqualRelevance(hits, {
    seed: rotationSeed(day, rotationQueryKey(params)),
    score: (h) => h._rankingScore ?? 0,
    sellerId: (h) => h.business.id,
  });
  return rotated.slice(sliceStart, sliceStart + params.perPage);
};

/**
 * Maps the multi-search answer (in the order buildProductSearchRequests made it) to the API shape. `day` (WITA,
 * YYYY-MM-DD) seeds the rotation of equally relevant sellers.
 */
export const toProductSearchResult = (params: ProductSearchQuery, results: SearchResponse<ProductDocument>[], day: string): ProductSearchResult => {
  const [main, ...perFacet] = results;
  if (!main) throw new Error("Meilisearch returned no result for the main query");
  const facets: ProductFacets = emptyFacets();
  const filtered = FACET_KEYS.filter((k) => (params[k]?.length ?? 0) > 0);
  for (const key of FACET_KEYS) {
    const source = filtered.includes(key) ? perFacet[filtered.indexOf(key)] : main;
    facets[key] = { ...(source?.facetDistribution?.[FACET_ATTRIBUTE[key]] ?? {}) };
  }
  const total = main.totalHits ?? main.estimatedTotalHits ?? 0;
  return {
    hits: (isRotated(params) ? pageOfWindow(params, main.hits as ScoredDocument[], day) : main.hits).map((h) => toProductHit(h)),
    facets,
    total,
    page: params.page,
    perPage: params.perPage,
    totalPages: Math.ceil(total / params.perPage),
    degraded: false,
  };
};
