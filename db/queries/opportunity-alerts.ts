import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { isSettledSearch } from "./search-queries";

export type OpportunitySignalRow = {
  categorySlug: string;
  categoryName: string;
  provinceId: string;
  kabupatenId: string | null;
  kabupatenName: string | null;
  query: string;
  searches: number;
};

/**
 * Peluang per category and area since `since`: searches by OPD staff (the area is their OPD's kabupaten/kota,
 * or the province for a provincial OPD) that found at most `lowResultMax` products, the top `perGroup` queries
 * of each category and area. Reads only the anonymous log and the OPD's region, never who searched.
 */
export const listOpportunitySignals = async (db: DbOrTx, params: { since: Date; lowResultMax: number; perGroup: number }): Promise<OpportunitySignalRow[]> => {
  const rows = await db.execute<{ category_slug: string; category_name: string; province_id: string; kabupaten_id: string | null; kabupaten_name: string | null; query: string; searches: number }>(sql`
    WITH grouped AS (
      SELECT q.category_slug,
             CASE WHEN r.kind = 'provinsi' THEN r.id ELSE r.parent_id END AS province_id,
             CASE WHEN r.kind = 'provinsi' THEN NULL ELSE r.id END AS kabupaten_id,
             q.normalized_query AS query,
             count(*)::int AS searches
        FROM search_queries q
        JOIN opds o ON o.id = q.opd_id
        JOIN regions r ON r.id = o.region_id
       WHERE q.at >= ${params.since.toISOString()}::timestamptz
         AND q.result_count <= ${params.lowResultMax}
         AND q.normalized_query <> ''
         AND q.category_slug IS NOT NULL
         AND ${isSettledSearch}
       GROUP BY 1, 2, 3, 4
    ), ranked AS (
      SELECT g.*, row_number() OVER (PARTITION BY g.category_slug, g.province_id, g.kabupaten_id ORDER BY g.searches DESC, g.query) AS rank
        FROM grouped g
    )
    SELECT x.category_slug, c.name_id AS category_name, x.province_id, x.kabupaten_id, k.name AS kabupaten_name, x.query, x.searches
      FROM ranked x
      JOIN categories c ON c.slug = x.category_slug
      LEFT JOIN regions k ON k.id = x.kabupaten_id
     WHERE x.rank <= ${params.perGroup} AND x.province_id IS NOT NULL
     ORDER BY x.category_slug, x.kabupaten_id NULLS FIRST, x.searches DESC, x.query
  `);
  return [...rows].map((r) => ({
    categorySlug: r.category_slug,
    categoryName: r.category_name,
    provinceId: r.province_id,
    kabupatenId: r.kabupaten_id,
    kabupatenName: r.kabupaten_name,
    query: r.query,
    searches: Number(r.searches),
  }));
};

/** Sellers who could answer a Peluang in these categories: verified businesses with active products there, and their kabupaten. */
export const listSellersForOpportunities = async (db: DbOrTx, categorySlugs: readonly string[]) => {
  if (categorySlugs.length === 0) return [];
  const rows = (await db.execute(sql`
    SELECT m.user_id AS "userId", b.region_id AS "kabupatenId", coalesce(br.parent_id, br.id) AS "provinceId",
           array_agg(DISTINCT c.slug ORDER BY c.slug) AS "categorySlugs"
      FROM memberships m
      JOIN users u ON u.id = m.user_id
      JOIN businesses b ON b.id = m.business_id
      JOIN regions br ON br.id = b.region_id
      JOIN products p ON p.business_id = b.id AND p.status = 'active'
      JOIN categories c ON c.id = p.category_id
     WHERE m.role = 'seller' AND u.is_active AND b.verification_status = 'verified'
       AND c.slug IN (${sql.join(categorySlugs.map((s) => sql`${s}`), sql`, `)})
     GROUP BY 1, 2, 3
     ORDER BY 1, 2`)) as unknown as Array<{ userId: string; kabupatenId: string; provinceId: string; categorySlugs: string[] }>;
  return rows;
};
