import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import type { ProductPhoto } from "../schema";
import { num, rowsOf } from "./columns";

export type ListingSignalsRow = {
  id: string;
  title: string;
  description: string;
  unit: string;
  priceIdr: number;
  photos: ProductPhoto[];
  categorySlug: string;
  isFood: boolean;
  /** Prices of the category's active products of verified businesses (every seller, this product included). */
  categoryPrices: number[];
};

/**
 * What listing quality looks at for each non-archived product of one business, with its category's active prices
 * for the median. One query; prices are aggregated per category once.
 */
export const listListingSignals = async (db: DbOrTx, params: { businessId: string }): Promise<ListingSignalsRow[]> => {
  const rows = rowsOf<{
    id: string; title: string; description: string; unit: string; price_idr: unknown; photos: ProductPhoto[];
    category_slug: string; is_food: boolean; category_prices: unknown[] | null;
  }>(await db.execute(sql`
    WITH mine AS (
      SELECT p.* FROM products p WHERE p.business_id = ${params.businessId} AND p.status <> 'archived'
    ), prices AS (
      SELECT p.category_id, array_agg(p.price_idr ORDER BY p.price_idr) AS category_prices
        FROM products p JOIN businesses b ON b.id = p.business_id
       WHERE p.status = 'active' AND b.verification_status = 'verified'
         AND p.category_id IN (SELECT category_id FROM mine)
       GROUP BY p.category_id
    )
    SELECT m.id, m.title, m.description, m.unit, m.price_idr, m.photos, c.slug AS category_slug, c.is_food, pr.category_prices
      FROM mine m JOIN categories c ON c.id = m.category_id LEFT JOIN prices pr ON pr.category_id = m.category_id
     ORDER BY m.status = 'draft', m.updated_at DESC, m.id`));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    unit: r.unit,
    priceIdr: num(r.price_idr),
    photos: r.photos ?? [],
    categorySlug: r.category_slug,
    isFood: r.is_food,
    categoryPrices: (r.category_prices ?? []).map(num),
  }));
};

/** Whether the business holds a PIRT or BPOM that has not expired on `today` (WITA). */
export const hasValidFoodPermit = async (db: DbOrTx, params: { businessId: string; today: string }) => {
  const [row] = rowsOf<{ ok: boolean }>(await db.execute(sql`
    SELECT EXISTS (
      SELECT 1 FROM business_certifications
       WHERE business_id = ${params.businessId} AND kind IN ('pirt', 'bpom')
         AND (expires_on IS NULL OR expires_on >= ${params.today}::date)) AS ok`));
  return row?.ok === true;
};
