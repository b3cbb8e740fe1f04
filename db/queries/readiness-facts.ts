import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../client";
import type { ProductPhoto } from "../schema";
import { num, rowsOf } from "./columns";

// The facts a readiness profile is computed from, one aggregate query per source table and always for a whole
// set of businesses at once: the loader makes the same number of round-trips for one UMK or for a thousand.

const idList = (ids: readonly string[]) => sql`ARRAY[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[]`;

export type ReadinessBusinessRow = {
  businessId: string;
  name: string;
  nib: string;
  kbli: string;
  scale: "mikro" | "kecil" | "menengah" | "besar";
  isUmk: boolean;
  verificationStatus: "pending" | "verified" | "rejected" | "suspended";
  kabupatenId: string;
  kabupatenName: string;
  provinceId: string;
  /** The category most of its active products are in (ties: the first slug); null without active products. */
  categoryId: string | null;
  categorySlug: string | null;
  categoryName: string | null;
};

/** UMK businesses by id and/or kabupaten (rejected ones are out of the programme), in NIB order. */
export const listReadinessBusinesses = async (
  db: DbOrTx,
  params: { businessIds?: readonly string[]; kabupatenId?: string },
): Promise<ReadinessBusinessRow[]> => {
  const where: SQL[] = [sql`b.is_umk`, sql`b.verification_status <> 'rejected'`];
  if (params.businessIds) where.push(sql`b.id = ANY(${idList(params.businessIds)})`);
  if (params.kabupatenId) where.push(sql`b.region_id = ${params.kabupatenId}::uuid`);
  const rows = await db.execute(sql`
    SELECT b.id AS "businessId", b.legal_name AS name, b.nib, b.kbli, b.scale, b.is_umk AS "isUmk",
           b.verification_status AS "verificationStatus", r.id AS "kabupatenId", r.name AS "kabupatenName",
           coalesce(r.parent_id, r.id) AS "provinceId",
           main.id AS "categoryId", main.slug AS "categorySlug", main.name_id AS "categoryName"
      FROM businesses b
      JOIN regions r ON r.id = b.region_id
      LEFT JOIN LATERAL (
        SELECT c.id, c.slug, c.name_id FROM products p JOIN categories c ON c.id = p.category_id
         WHERE p.business_id = b.id AND p.status = 'active'
         GROUP BY c.id, c.slug, c.name_id ORDER BY count(*) DESC, c.slug LIMIT 1
      ) main ON true
     WHERE ${sql.join(where, sql` AND `)}
     ORDER BY b.nib`);
  return rowsOf<ReadinessBusinessRow>(rows);
};

export type ReadinessProductRow = {
  businessId: string;
  categoryId: string;
  isFood: boolean;
  description: string;
  unit: string;
  priceIdr: number;
  photos: ProductPhoto[];
};

/** Active listings of these businesses (drafts and archived ones are not what buyers see). */
export const listReadinessProducts = async (db: DbOrTx, businessIds: readonly string[]): Promise<ReadinessProductRow[]> => {
  if (businessIds.length === 0) return [];
  const rows = rowsOf<ReadinessProductRow>(await db.execute(sql`
    SELECT p.business_id AS "businessId", p.category_id AS "categoryId", c.is_food AS "isFood", p.description, p.unit,
           p.price_idr AS "priceIdr", p.photos
      FROM products p JOIN categories c ON c.id = p.category_id
     WHERE p.business_id = ANY(${idList(businessIds)}) AND p.status = 'active'
     ORDER BY p.business_id, p.created_at, p.id`));
  return rows.map((r) => ({ ...r, priceIdr: num(r.priceIdr) }));
};

/** Prices of every active product per category, for the listing-quality median (computed by the domain). */
export const listActivePricesByCategory = async (db: DbOrTx, categoryIds: readonly string[]) => {
  if (categoryIds.length === 0) return new Map<string, number[]>();
  const rows = rowsOf<{ categoryId: string; prices: Array<string | number> }>(await db.execute(sql`
    SELECT category_id AS "categoryId", array_agg(price_idr ORDER BY price_idr) AS prices
      FROM products WHERE status = 'active' AND category_id = ANY(${idList(categoryIds)})
     GROUP BY category_id`));
  return new Map(rows.map((r) => [r.categoryId, r.prices.map(num)]));
};

export type ReadinessOrderFacts = {
  businessId: string;
  deliveries: number;
  lateDeliveries: number;
  orderedQty: number;
  receivedQty: number;
  /** WITA calendar day of the latest order it was given (declined/cancelled ones do not count). */
  lastOrderOn: string | null;
};

/**
 * Per business: delivered orders and how many arrived (first BAST) after the promised day — the acceptance
 * day plus the longest lead time among its lines' products, in WITA calendar days; quantities ordered
 * against received on orders whose receipt is done (received and later); the last order's day.
 */
export const listReadinessOrderFacts = async (db: DbOrTx, businessIds: readonly string[]): Promise<ReadinessOrderFacts[]> => {
  if (businessIds.length === 0) return [];
  const rows = rowsOf<ReadinessOrderFacts>(await db.execute(sql`
    WITH o AS (
      SELECT o.id, o.business_id, o.status, o.placed_at, o.received_at,
             (coalesce(o.accepted_at, o.placed_at) AT TIME ZONE 'Asia/Makassar')::date AS start_day,
             (SELECT coalesce(sum(l.quantity), 0) FROM order_lines l WHERE l.order_id = o.id) AS ordered_qty,
             (SELECT coalesce(sum(l.received_quantity), 0) FROM order_lines l WHERE l.order_id = o.id) AS received_qty,
             (SELECT coalesce(max(p.lead_time_days), 0) FROM order_lines l JOIN products p ON p.id = l.product_id
               WHERE l.order_id = o.id) AS lead_days
        FROM orders o
       WHERE o.business_id = ANY(${idList(businessIds)}) AND o.status NOT IN ('declined', 'cancelled')
    )
    SELECT business_id AS "businessId",
           count(*) FILTER (WHERE received_at IS NOT NULL)::int AS deliveries,
           count(*) FILTER (WHERE received_at IS NOT NULL
                              AND (received_at AT TIME ZONE 'Asia/Makassar')::date > start_day + lead_days::int)::int AS "lateDeliveries",
           coalesce(sum(ordered_qty) FILTER (WHERE status IN ('received', 'invoiced', 'paid', 'closed')), 0)::int AS "orderedQty",
           coalesce(sum(received_qty) FILTER (WHERE status IN ('received', 'invoiced', 'paid', 'closed')), 0)::int AS "receivedQty",
           to_char(max(placed_at AT TIME ZONE 'Asia/Makassar'), 'YYYY-MM-DD') AS "lastOrderOn"
      FROM o GROUP BY business_id`));
  return rows;
};

/** Every rating stars value per business, oldest first. */
export const listReadinessRatings = async (db: DbOrTx, businessIds: readonly string[]) => {
  if (businessIds.length === 0) return new Map<string, number[]>();
  const rows = rowsOf<{ businessId: string; stars: number[] }>(await db.execute(sql`
    SELECT business_id AS "businessId", array_agg(stars ORDER BY created_at, id) AS stars
      FROM ratings WHERE business_id = ANY(${idList(businessIds)}) GROUP BY business_id`));
  return new Map(rows.map((r) => [r.businessId, r.stars.map(Number)]));
};

/**
 * Unmet demand per business: searches since `since` that found at most `lowResultMax` products in a category
 * the business lists in, by anyone outside an OPD or by an OPD of its kabupaten or of its province (province
 * offices buy from every kabupaten). The log is anonymous; only counts leave this query.
 */
export const listUnmetDemandCounts = async (
  db: DbOrTx,
  params: { businessIds: readonly string[]; since: Date; lowResultMax: number },
) => {
  if (params.businessIds.length === 0) return new Map<string, number>();
  const rows = rowsOf<{ businessId: string; n: number }>(await db.execute(sql`
    WITH bc AS (
      SELECT DISTINCT p.business_id, c.slug, b.region_id, coalesce(r.parent_id, r.id) AS province_id
        FROM products p JOIN categories c ON c.id = p.category_id JOIN businesses b ON b.id = p.business_id
        JOIN regions r ON r.id = b.region_id
       WHERE p.business_id = ANY(${idList(params.businessIds)}) AND p.status = 'active'
    )
    SELECT bc.business_id AS "businessId", count(*)::int AS n
      FROM bc
      JOIN search_queries q ON q.category_slug = bc.slug
      LEFT JOIN opds o ON o.id = q.opd_id
     WHERE q.at >= ${params.since.toISOString()}::timestamptz AND q.result_count <= ${params.lowResultMax}
       AND q.normalized_query <> ''
       AND (o.id IS NULL OR o.region_id IN (bc.region_id, bc.province_id))
     GROUP BY bc.business_id`));
  return new Map(rows.map((r) => [r.businessId, r.n]));
};
