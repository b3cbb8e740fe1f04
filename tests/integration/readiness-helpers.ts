import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import type { ProductPhoto } from "@/db/schema";
import { freshNib } from "./business-helpers";

// Fixtures for readiness profiles and the gap board: businesses, listings, orders and ratings written straight
// into the tables with chosen dates, so each test knows the gaps it must find. Needs the demo seed (regions,
// an OPD with a budget line, a buyer) in the database.

type Rows<T> = T[];
const rows = async <T>(db: Database, query: ReturnType<typeof sql>) => (await db.execute(query)) as unknown as Rows<T>;
let counter = 0;
const next = () => `${Date.now().toString(36)}${++counter}`;

export const regionIdByName = async (db: Database, name: string) => (await rows<{ id: string }>(db, sql`SELECT id FROM regions WHERE name = ${name}`))[0]!.id;

/** A category of its own, so medians and demand in it come only from the test's fixtures. */
export const fixtureCategory = async (db: Database, options: { isFood: boolean }) => {
  const slug = `uji-${next()}`;
  const [row] = await rows<{ id: string }>(db, sql`
    INSERT INTO categories (slug, name_id, name_en, is_food) VALUES (${slug}, ${`Uji ${slug}`}, ${`Test ${slug}`}, ${options.isFood}) RETURNING id`);
  return { id: row!.id, slug };
};

export const fixtureBusiness = async (
  db: Database,
  options: { kabupatenId: string; kbli: string; status?: "pending" | "verified" | "suspended"; name?: string; scale?: "mikro" | "kecil" | "menengah" },
) => {
  const status = options.status ?? "verified";
  const [row] = await rows<{ id: string }>(db, sql`
    INSERT INTO businesses (legal_name, nib, kbli, owner_name, region_id, address, capital_idr, annual_turnover_idr, scale,
                            verification_status, verified_at)
    VALUES (${options.name ?? `UD Uji ${next()}`}, ${freshNib()}, ${options.kbli}, 'Pemilik Uji', ${options.kabupatenId}, 'Jl. Uji 1',
            50000000, 300000000, ${options.scale ?? "mikro"}, ${status}, ${status === "verified" ? sql`now()` : sql`NULL`})
    RETURNING id`);
  return row!.id;
};

export const fixtureCertificate = (db: Database, businessId: string, kind: "halal" | "pirt" | "bpom" | "sni", expiresOn: string | null) =>
  db.execute(sql`INSERT INTO business_certifications (business_id, kind, number, expires_on) VALUES (${businessId}, ${kind}, ${`NO-${next()}`}, ${expiresOn})`);

const photo = (side: number): ProductPhoto => ({ key: `uji/${next()}.webp`, thumbnailKey: `uji/${next()}-t.webp`, contentType: "image/webp", width: side, height: side });
/** A listing that scores 100 on listing quality (3 large photos, long description, a unit), unless overridden. */
export const fixtureProduct = async (
  db: Database,
  options: { businessId: string; categoryId: string; kabupatenId: string; priceIdr?: number; photos?: number; description?: string; leadTimeDays?: number },
) => {
  const photos = Array.from({ length: options.photos ?? 3 }, () => photo(1200));
  const description = options.description ?? "Produk uji buatan tangan dari bahan lokal pilihan, ukuran sedang, cocok untuk jamuan rapat dan cendera mata kantor, dikemas rapi dalam kotak.";
  const [row] = await rows<{ id: string }>(db, sql`
    INSERT INTO products (business_id, category_id, title, description, unit, price_idr, stock, lead_time_days, origin_region_id, is_local, photos, status)
    VALUES (${options.businessId}, ${options.categoryId}, ${`Produk ${next()}`}, ${description}, 'pcs', ${options.priceIdr ?? 50000}, 100,
            ${options.leadTimeDays ?? 2}, ${options.kabupatenId}, true, ${JSON.stringify(photos)}::jsonb, 'active')
    RETURNING id`);
  return row!.id;
};

export const addPhotos = (db: Database, productId: string, count: number) =>
  db.execute(sql`UPDATE products SET photos = ${JSON.stringify(Array.from({ length: count }, () => photo(1200)))}::jsonb WHERE id = ${productId}`);

/**
 * One order of one product placed on `placedAt` and accepted the same moment, received on `receivedAt`
 * (status received) with `receivedQty` of `quantity`, or left accepted when `receivedAt` is null.
 */
export const fixtureOrder = async (
  db: Database,
  options: { businessId: string; productId: string; placedAt: Date; receivedAt: Date | null; quantity?: number; receivedQty?: number; status?: string },
) => {
  const quantity = options.quantity ?? 1;
  const [ctx] = await rows<{ opdId: string; budgetLineId: string; buyerId: string; policyId: string; policyVersion: number }>(db, sql`
    SELECT b.opd_id AS "opdId", b.id AS "budgetLineId", (SELECT id FROM users WHERE email = 'pembeli@pasarumk.test') AS "buyerId",
           (SELECT id FROM policies ORDER BY version DESC LIMIT 1) AS "policyId", (SELECT max(version) FROM policies) AS "policyVersion"
      FROM budget_lines b ORDER BY b.code LIMIT 1`);
  const n = next();
  const [request] = await rows<{ id: string }>(db, sql`
    INSERT INTO purchase_requests (number, opd_id, budget_line_id, buyer_id, purpose, status, total_idr, compliance_decision, policy_id, policy_version, submitted_at)
    VALUES (${`PR-UJI-${n}`}, ${ctx!.opdId}, ${ctx!.budgetLineId}, ${ctx!.buyerId}, 'Uji kesiapan', 'ordered', 50000, '{"verdict":"allow","findings":[]}'::jsonb,
            ${ctx!.policyId}, ${ctx!.policyVersion}, ${options.placedAt.toISOString()}) RETURNING id`);
  const [line] = await rows<{ id: string }>(db, sql`
    INSERT INTO request_lines (request_id, product_id, title, category_slug, is_food, quantity, unit_price_idr, business_id, seller_nib, seller_name,
                               seller_scale, seller_is_umk, seller_kabupaten, seller_province_region_id, seller_verified_at, is_local)
    SELECT ${request!.id}, p.id, p.title, c.slug, c.is_food, ${quantity}, p.price_idr, b.id, b.nib, b.legal_name, b.scale, b.is_umk, r.name,
           coalesce(r.parent_id, r.id), b.verified_at, true
      FROM products p JOIN categories c ON c.id = p.category_id JOIN businesses b ON b.id = p.business_id JOIN regions r ON r.id = b.region_id
     WHERE p.id = ${options.productId} RETURNING id`);
  const status = options.status ?? (options.receivedAt ? "received" : "accepted");
  const [order] = await rows<{ id: string }>(db, sql`
    INSERT INTO orders (number, request_id, business_id, opd_id, budget_line_id, status, total_idr, placed_at, accepted_at, received_at)
    SELECT ${`SP-UJI-${n}`}, ${request!.id}, ${options.businessId}, ${ctx!.opdId}, ${ctx!.budgetLineId}, ${status}, ${quantity} * p.price_idr,
           ${options.placedAt.toISOString()}, ${options.placedAt.toISOString()}, ${options.receivedAt?.toISOString() ?? null}
      FROM products p WHERE p.id = ${options.productId} RETURNING id`);
  await db.execute(sql`
    INSERT INTO order_lines (order_id, request_line_id, product_id, title, category_slug, quantity, unit_price_idr, received_quantity, seller_is_umk, is_local)
    SELECT ${order!.id}, rl.id, rl.product_id, rl.title, rl.category_slug, rl.quantity, rl.unit_price_idr, ${options.receivedQty ?? (options.receivedAt ? quantity : 0)}, rl.seller_is_umk, true
      FROM request_lines rl WHERE rl.id = ${line!.id}`);
  return order!.id;
};

export const fixtureRating = (db: Database, businessId: string, orderId: string, stars: number) =>
  db.execute(sql`INSERT INTO ratings (order_id, business_id, stars, rated_by) VALUES (${orderId}, ${businessId}, ${stars}, (SELECT id FROM users WHERE email = 'pembeli@pasarumk.test'))`);

/** A catalog search that found `resultCount` products, by an OPD (its short name) or anonymously. */
export const fixtureSearch = async (db: Database, options: { categorySlug: string; resultCount: number; at: Date; opdShortName?: string }) => {
  const opd = options.opdShortName ? sql`(SELECT id FROM opds WHERE short_name = ${options.opdShortName} LIMIT 1)` : sql`NULL`;
  await db.execute(sql`
    INSERT INTO search_queries (at, normalized_query, category_slug, result_count, role, opd_id)
    VALUES (${options.at.toISOString()}, ${`cari ${next()}`}, ${options.categorySlug}, ${options.resultCount}, 'buyer', ${opd})`);
};
