import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { roleName, searchQueries } from "../schema";

export type SearchQueryLog = {
  /** When the search was made (a batch is written later; isSettledSearch compares these times). */
  at: Date;
  normalizedQuery: string;
  categorySlug: string | null;
  resultCount: number;
  role: (typeof roleName.enumValues)[number] | null;
  opdId: string | null;
};

/** Demand signal rows in one statement: what was asked and how much was found; never who asked. */
export const insertSearchQueries = async (db: DbOrTx, rows: readonly SearchQueryLog[]) => {
  if (rows.length === 0) return;
  await db.insert(searchQueries).values([...rows]);
};

/**
 * For a search aliased `q`: instant search logs what was typed so far; a query that the same kind of searcher
 * extended within a minute ("tenun pri" → "tenun pringgasela") was a keystroke pause, not a demand.
 */
export const isSettledSearch = sql`NOT EXISTS (
           SELECT 1 FROM search_queries later
            WHERE later.at > q.at AND later.at <= q.at + interval '1 minute'
              AND later.role IS NOT DISTINCT FROM q.role AND later.opd_id IS NOT DISTINCT FROM q.opd_id
              AND later.category_slug IS NOT DISTINCT FROM q.category_slug
              AND later.normalized_query <> q.normalized_query
              AND starts_with(later.normalized_query, q.normalized_query))`;

export type OpportunityRow = {
  /** Monday (YYYY-MM-DD, WITA) of the ISO week. */
  weekStart: string;
  isoWeek: string;
  categorySlug: string | null;
  categoryName: string | null;
  query: string;
  searches: number;
  zeroResultSearches: number;
  maxResults: number;
};

/**
 * The most frequent queries that found little (≤ lowResultMax results) per ISO week (in WITA) and
 * category, the top `perGroup` of each group, newest week first. Reads only the anonymous log.
 */
export const listLowResultQueries = async (
  db: DbOrTx,
  params: { since: Date; lowResultMax: number; perGroup: number },
): Promise<OpportunityRow[]> => {
  const rows = await db.execute<{
    week_start: string; iso_week: string; category_slug: string | null; category_name: string | null;
    query: string; searches: number; zero_result_searches: number; max_results: number;
  }>(sql`
    WITH grouped AS (
      SELECT date_trunc('week', q.at AT TIME ZONE 'Asia/Makassar')::date AS week_start,
             to_char(q.at AT TIME ZONE 'Asia/Makassar', 'IYYY-"W"IW') AS iso_week,
             q.category_slug,
             q.normalized_query AS query,
             count(*)::int AS searches,
             count(*) FILTER (WHERE q.result_count = 0)::int AS zero_result_searches,
             max(q.result_count)::int AS max_results
        FROM search_queries q
       WHERE q.at >= ${params.since.toISOString()}::timestamptz
         AND q.result_count <= ${params.lowResultMax}
         AND q.normalized_query <> ''
         AND ${isSettledSearch}
       GROUP BY 1, 2, 3, 4
    ), ranked AS (
      SELECT g.*, row_number() OVER (PARTITION BY g.week_start, g.category_slug ORDER BY g.searches DESC, g.query) AS rank
        FROM grouped g
    )
    SELECT r.week_start::text, r.iso_week, r.category_slug, c.name_id AS category_name, r.query, r.searches,
           r.zero_result_searches, r.max_results
      FROM ranked r
      LEFT JOIN categories c ON c.slug = r.category_slug
     WHERE r.rank <= ${params.perGroup}
     ORDER BY r.week_start DESC, c.name_id NULLS LAST, r.searches DESC, r.query
  `);
  return [...rows].map((r) => ({
    weekStart: r.week_start,
    isoWeek: r.iso_week,
    categorySlug: r.category_slug,
    categoryName: r.category_name,
    query: r.query,
    searches: Number(r.searches),
    zeroResultSearches: Number(r.zero_result_searches),
    maxResults: Number(r.max_results),
  }));
};

// --- exposure (issue 13): "what buyers searched that you could list" -----------------------------------------

export type SellerDemandRow = { query: string; categorySlug: string | null; categoryName: string | null; searches: number; maxResults: number };

/**
 * Low-result searches since `since` in the seller's categories, by buyers of OPDs in the seller's kabupaten/kota
 * or in its province (provincial offices buy from every kabupaten), most searched first. Anonymous: counts only.
 */
export const listDemandForSeller = async (
  db: DbOrTx,
  params: { businessId: string; since: Date; lowResultMax: number; limit: number },
): Promise<SellerDemandRow[]> => {
  const rows = await db.execute<{ query: string; category_slug: string | null; category_name: string | null; searches: number; max_results: number }>(sql`
    WITH seller AS (
      SELECT b.region_id, coalesce(r.parent_id, r.id) AS province_id
        FROM businesses b JOIN regions r ON r.id = b.region_id WHERE b.id = ${params.businessId}
    ), seller_categories AS (
      SELECT DISTINCT c.slug FROM products p JOIN categories c ON c.id = p.category_id
       WHERE p.business_id = ${params.businessId} AND p.status <> 'archived'
    )
    SELECT q.normalized_query AS query, q.category_slug, c.name_id AS category_name,
           count(*)::int AS searches, max(q.result_count)::int AS max_results
      FROM search_queries q
      JOIN opds o ON o.id = q.opd_id
      CROSS JOIN seller s
      LEFT JOIN categories c ON c.slug = q.category_slug
     WHERE q.at >= ${params.since.toISOString()}::timestamptz
       AND q.result_count <= ${params.lowResultMax}
       AND q.normalized_query <> ''
       AND q.category_slug IN (SELECT slug FROM seller_categories)
       AND o.region_id IN (s.region_id, s.province_id)
     GROUP BY 1, 2, 3
     ORDER BY searches DESC, query
     LIMIT ${params.limit}`);
  return [...rows].map((r) => ({ query: r.query, categorySlug: r.category_slug, categoryName: r.category_name, searches: Number(r.searches), maxResults: Number(r.max_results) }));
};
