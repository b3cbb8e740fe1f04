import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businesses, categories, products, regions, type ProductPhoto } from "../schema";

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

export const findCategory = async (db: DbOrTx, categoryId: string) => {
  const [row] = await db.select({ id: categories.id }).from(categories).where(eq(categories.id, categoryId)).limit(1);
  return row;
};

/** Categories as a flat list with parents first then children, for a grouped <select>. */
export const listCategoryTree = (db: DbOrTx) =>
  db
    .select({ id: categories.id, nameId: categories.nameId, nameEn: categories.nameEn, parentId: categories.parentId })
    .from(categories)
    .orderBy(sql`coalesce(${categories.parentId}, ${categories.id})`, sql`${categories.parentId} IS NOT NULL`, asc(categories.nameId));

export const findBusinessProvince = async (db: DbOrTx, businessId: string) => {
  const [row] = await db
    .select({ provinceId: sql<string>`coalesce(${regions.parentId}, ${regions.id})`, regionId: businesses.regionId })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(businesses.id, businessId))
    .limit(1);
  return row;
};

/** One of the seller's products for the edit form (scoped by business). */
export const findSellerProduct = async (db: DbOrTx, params: { productId: string; businessId: string }) => {
  const [row] = await db
    .select()
    .from(products)
    .where(and(eq(products.id, params.productId), eq(products.businessId, params.businessId)))
    .limit(1);
  return row;
};

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


/** Every kabupaten/kota (with its province), platform province first: the origin choices of a product. */
export const listOriginRegions = (db: DbOrTx, platformProvinceCode: string) => {
  return db.execute(sql`
    SELECT r.id, r.name, p.name AS "provinceName", p.code = ${platformProvinceCode} AS "isPlatform"
    FROM regions r JOIN regions p ON p.id = r.parent_id
    ORDER BY (p.code = ${platformProvinceCode}) DESC, p.name, r.name`) as unknown as Promise<
    Array<{ id: string; name: string; provinceName: string; isPlatform: boolean }>
  >;
};
