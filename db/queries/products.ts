import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businessCertifications, businesses, categories, products, regions, type ProductPhoto } from "../schema";
import { SELLER_SNAPSHOT_COLUMNS } from "./columns";

export const insertProduct = async (db: DbOrTx, row: typeof products.$inferInsert) => {
  const [inserted] = await db.insert(products).values(row).returning({ id: products.id, status: products.status });
  return inserted!;
};

/** The product with its owning business, locked for a write when asked. */
export const findProductForWrite = async (db: DbOrTx, productId: string) => {
  const [row] = await db
    .select({
      id: products.id,
      businessId: products.businessId,
      status: products.status,
      photos: products.photos,
      originRegionId: products.originRegionId,
    })
    .from(products)
    .where(eq(products.id, productId))
    .limit(1)
    .for("update");
  return row;
};

/** Writes are scoped by business as well as id, so a wrong business id updates nothing. */
export const updateProduct = (db: DbOrTx, params: { productId: string; businessId: string; set: Partial<typeof products.$inferInsert> }) =>
  db
    .update(products)
    .set({ ...params.set, updatedAt: sql`now()` })
    .where(and(eq(products.id, params.productId), eq(products.businessId, params.businessId)))
    .returning({ id: products.id, status: products.status });

export const setProductPhotos = (db: DbOrTx, params: { productId: string; businessId: string; photos: ProductPhoto[] }) =>
  updateProduct(db, { productId: params.productId, businessId: params.businessId, set: { photos: params.photos } });

/** One of the seller's products for the edit form (scoped by business). */
export const findSellerProduct = async (db: DbOrTx, params: { productId: string; businessId: string }) => {
  const [row] = await db
    .select()
    .from(products)
    .where(and(eq(products.id, params.productId), eq(products.businessId, params.businessId)))
    .limit(1);
  return row;
};

/** Archived products last, then the most recently changed first, so the seller sees live stock on top. */
export const listSellerProducts = (db: DbOrTx, params: { businessId: string }) =>
  db
    .select({
      id: products.id,
      title: products.title,
      status: products.status,
      stock: products.stock,
      unit: products.unit,
      priceIdr: products.priceIdr,
    })
    .from(products)
    .where(eq(products.businessId, params.businessId))
    .orderBy(sql`${products.status} = 'archived'`, desc(products.updatedAt), asc(products.id));

export const listProductsOfBusiness = (db: DbOrTx, businessId: string) =>
  db
    .select({ id: products.id, title: products.title, status: products.status, stock: products.stock })
    .from(products)
    .where(eq(products.businessId, businessId))
    .orderBy(desc(products.updatedAt));

export const findProductOwner = async (db: DbOrTx, productId: string) => {
  const [row] = await db.select({ businessId: products.businessId }).from(products).where(eq(products.id, productId)).limit(1);
  return row;
};

/** Products with everything a compliance snapshot needs: seller, its kabupaten and province, category, permits. */
export const findProductsForPurchase = async (db: DbOrTx, productIds: readonly string[]) => {
  if (productIds.length === 0) return [];
  const rows = await db
    .select({
      id: products.id,
      title: products.title,
      unit: products.unit,
      priceIdr: products.priceIdr,
      stock: products.stock,
      minOrder: products.minOrder,
      status: products.status,
      isLocal: products.isLocal,
      categorySlug: categories.slug,
      isFood: categories.isFood,
      businessId: businesses.id,
      businessName: businesses.legalName,
      ...SELLER_SNAPSHOT_COLUMNS,
    })
    .from(products)
    .innerJoin(businesses, eq(businesses.id, products.businessId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(inArray(products.id, [...productIds]));
  const certs = await db
    .select({ businessId: businessCertifications.businessId, kind: businessCertifications.kind, expiresOn: businessCertifications.expiresOn })
    .from(businessCertifications)
    .where(inArray(businessCertifications.businessId, [...new Set(rows.map((r) => r.businessId))]));
  return rows.map((r) => ({
    ...r,
    certifications: certs.filter((c) => c.businessId === r.businessId).map((c) => ({ kind: c.kind, expiresOn: c.expiresOn })),
  }));
};

export type ProductForPurchase = Awaited<ReturnType<typeof findProductsForPurchase>>[number];

/** Takes stock only if enough is left; the row lock makes concurrent takers queue and re-check. */
export const reserveStock = async (db: DbOrTx, params: { productId: string; quantity: number }) => {
  const updated = await db
    .update(products)
    .set({ stock: sql`${products.stock} - ${params.quantity}`, updatedAt: sql`now()` })
    .where(and(eq(products.id, params.productId), sql`${products.stock} >= ${params.quantity}`))
    .returning({ id: products.id, stock: products.stock });
  return updated[0];
};

export const releaseStock = (db: DbOrTx, params: { productId: string; quantity: number }) =>
  db
    .update(products)
    .set({ stock: sql`${products.stock} + ${params.quantity}`, updatedAt: sql`now()` })
    .where(eq(products.id, params.productId));
