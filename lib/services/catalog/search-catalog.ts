import "server-only";
import { db as defaultDb, type DbOrTx } from "@/db/client";
import type { PublicProductRow } from "@/db/queries/catalog";
import { countPublicProductsByFacet, searchPublicProducts } from "@/db/queries/catalog-search";
import type { SearchQueryLog } from "@/db/queries/search-queries";
import type { Viewer } from "@/lib/domain/auth/roles";
import { ROLES } from "@/lib/domain/auth/roles";
import { defaultSearchTarget, productsIndexUid, type SearchTarget } from "@/lib/search/client";
import type { ProductDocument } from "@/lib/search/document";
import { indexDate } from "@/lib/search/document";
import { queryTargetFor } from "@/lib/search/query-target";
import { demandLog, type BufferedSearch } from "@/lib/services/catalog/demand-log";
import { exposureCounter } from "@/lib/services/exposure/exposure-counter";
import { reportSearchFailure, searchHealth } from "@/lib/search/health";
import { buildProductSearchRequests, toProductSearchResult, toSearchGetParams } from "@/lib/search/search-products";
import {
  FACET_KEYS, mediaUrl, normalizeSearchQuery, productSearchQuerySchema, type ProductFacets, type ProductSearchParams,
  type ProductSearchQuery, type ProductSearchResult,
} from "@/lib/validation/catalog";

export type SearchCatalogOptions = {
  /** Where the Postgres fallback reads; the demand log and exposure counts go to the app database. */
  db?: DbOrTx;
  /** The Meilisearch to ask (tests point it at their own, or at a dead port). */
  search?: SearchTarget;
  now?: Date;
  /** False for callers that are not a person searching (the bench, internal previews). */
  log?: boolean;
};

const toHit = (r: PublicProductRow) => ({
  id: r.id,
  title: r.title,
  priceIdr: r.priceIdr,
  unit: r.unit,
  stock: r.stock,
  category: r.category,
  categorySlug: r.categorySlug,
  kabupaten: r.kabupaten,
  isLocal: r.isLocal,
  thumbnailUrl: r.photos[0]?.thumbnailKey ? mediaUrl(r.photos[0].thumbnailKey) : null,
  rating: r.rating ?? 0,
  business: { id: r.businessId, name: r.businessName, scale: r.scale, isUmk: r.isUmk, kabupaten: r.businessKabupaten },
});

/** The same answer from Postgres: fewer niceties (no typos, no synonyms), same shape, flagged degraded. */
const searchPostgres = async (db: DbOrTx, params: ProductSearchQuery, today: string): Promise<ProductSearchResult> => {
  const [{ rows, total }, ...counts] = await Promise.all([
    searchPublicProducts(db, params, today),
    ...FACET_KEYS.map((key) => countPublicProductsByFacet(db, params, key, today)),
  ]);
  const facets = Object.fromEntries(FACET_KEYS.map((key, i) => [key, counts[i]!])) as ProductFacets;
  return { hits: rows.map(toHit), facets, total, page: params.page, perPage: params.perPage, totalPages: Math.ceil(total / params.perPage), degraded: true };
};

const SEARCH_TIMEOUT_MS = 3_000;

const searchMeilisearch = async (target: SearchTarget, params: ProductSearchQuery, day: string): Promise<ProductSearchResult> => {
  const index = target.client.index<ProductDocument>(productsIndexUid(target));
  const results = await Promise.all(
    buildProductSearchRequests(index.uid, params).map((request) => {
      const { q, params: query } = toSearchGetParams(request);
      // One deadline per request: a faceted search sends a dozen at once, and one shared signal would
      // collect a listener per request (Node's MaxListenersExceededWarning past ten).
      return index.searchGet(q, query, { signal: AbortSignal.timeout(SEARCH_TIMEOUT_MS) });
    }),
  );
  return toProductSearchResult(params, results, day);
};

/** Role and OPD of the searcher, for the demand signal: an OPD role if any (that is who buys), else the widest. */
export const searcherProfile = (viewer: Viewer | null): Pick<SearchQueryLog, "role" | "opdId"> => {
  if (!viewer || viewer.memberships.length === 0) return { role: null, opdId: null };
  const withOpd = viewer.memberships.find((m) => m.opdId !== null);
  if (withOpd) return { role: withOpd.role, opdId: withOpd.opdId };
  const role = ROLES.find((r) => viewer.memberships.some((m) => m.role === r)) ?? null;
  return { role, opdId: null };
};

/** The demand-log row of a search, or null: browsing without words, and turning pages, are not new demand. */
const toBufferedSearch = (viewer: Viewer | null, params: ProductSearchQuery, result: ProductSearchResult, at: Date): BufferedSearch | null => {
  const normalizedQuery = normalizeSearchQuery(params.q);
  if (!normalizedQuery || params.page !== 1) return null;
  // One category filter: its slug (looked up when the batch is written); several: none; no filter: the first hit's.
  const category = params.category?.length === 1
    ? { name: params.category[0]! }
    : { slug: params.category?.length ? null : (result.hits[0]?.categorySlug ?? null) };
  return { at, normalizedQuery: normalizedQuery.slice(0, 200), category, resultCount: result.total, ...searcherProfile(viewer) };
};

/**
 * Searches the public catalog: Meilisearch when it is healthy, otherwise (or when the call fails) a plain
 * Postgres query with the same shape and `degraded: true`, so the catalog never fails because search did.
 * Every worded first-page search is logged as an anonymous demand signal (query, count, role, OPD), and every
 * hit shown counts as an impression of its seller (aggregated per business per day); both are buffered in memory
 * and written in batches, off the answer's path.
 */
export const searchCatalog = async (
  viewer: Viewer | null,
  input: ProductSearchParams,
  options: SearchCatalogOptions = {},
): Promise<ProductSearchResult> => {
  const params = productSearchQuerySchema.parse({}) as ProductSearchQuery;
  Object.assign(params, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
  const db = options.db ?? defaultDb;
  const today = indexDate(options.now ?? new Date());

  let result: ProductSearchResult | undefined;
  const health = await searchHealth(options.search ? { search: options.search } : {});
  if (!health.degraded) {
    try {
      result = await searchMeilisearch(queryTargetFor(options.search ?? defaultSearchTarget()), params, today);
    } catch (error) {
      console.error("search failed, falling back to Postgres:", error instanceof Error ? error.message : error);
      reportSearchFailure(options.search);
    }
  }
  result ??= await searchPostgres(db, params, today);

  if (options.log !== false) {
    // Fair exposure: every hit shown counts one impression for its seller (in memory; flushed in batches).
    exposureCounter().count("impressions", result.hits.map((h) => h.business.id), options.now);
    // The demand signal, buffered likewise: the answer waits for no write and no category lookup.
    const search = toBufferedSearch(viewer, params, result, options.now ?? new Date());
    if (search) demandLog().log(search);
  }
  return result;
};
