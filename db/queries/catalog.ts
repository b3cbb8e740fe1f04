import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../client";
import { businessCertifications, businesses, categories, products, regions } from "../schema";

// Read side of the public catalog in Postgres: the product page and the home page (catalog-search.ts adds the
// search used when Meilisearch is down). Public means: an active product of a verified business; nothing here
// returns anything else.

export const origin = alias(regions, "origin_region");

const businessRegion = alias(regions, "business_region");

export const isPublic = and(eq(products.status, "active"), eq(businesses.verificationStatus, "verified"));

export const validCertification = (today: string) =>
  and(eq(businessCertifications.businessId, businesses.id), sql`(${businessCertifications.expiresOn} IS NULL OR ${businessCertifications.expiresOn} >= ${today})`);

export const productColumns = {
  id: products.id,
  title: products.title,
  description: products.description,
  priceIdr: products.priceIdr,
  unit: products.unit,
  stock: products.stock,
  minOrder: products.minOrder,
  leadTimeDays: products.leadTimeDays,
  isLocal: products.isLocal,
  tkdnPercent: products.tkdnPercent,
  photos: products.photos,
  createdAt: products.createdAt,
  category: categories.nameId,
  categorySlug: categories.slug,
  kabupaten: origin.name,
  businessId: businesses.id,
  businessName: businesses.legalName,
  scale: businesses.scale,
  isUmk: businesses.isUmk,
  businessKabupaten: businessRegion.name,
  verifiedAt: businesses.verifiedAt,
  rating: businesses.ratingAvg,
};

export const selectPublic = <S extends Record<string, unknown>>(db: DbOrTx, columns: S) =>
  db
    .select(columns as never)
    .from(products)
    .innerJoin(businesses, eq(businesses.id, products.businessId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .innerJoin(origin, eq(origin.id, products.originRegionId))
    .innerJoin(businessRegion, eq(businessRegion.id, businesses.regionId));

export type PublicProductRow = {
  id: string;
  title: string;
  description: string;
  priceIdr: number;
  unit: string;
  stock: number;
  minOrder: number;
  leadTimeDays: number;
  isLocal: boolean;
  tkdnPercent: number | null;
  photos: Array<{ key: string; thumbnailKey: string; alt?: string }>;
  createdAt: Date;
  category: string;
  categorySlug: string;
  kabupaten: string;
  businessId: string;
  businessName: string;
  scale: "mikro" | "kecil" | "menengah" | "besar";
  isUmk: boolean;
  businessKabupaten: string;
  verifiedAt: Date | null;
  rating: number | null;
};

/** The product if it is public right now (read from Postgres, so a suspension hides it at once). */
export const findPublicProduct = async (db: DbOrTx, params: { id: string }): Promise<PublicProductRow | undefined> => {
  const rows = (await selectPublic(db, productColumns).where(and(isPublic, eq(products.id, params.id))).limit(1)) as unknown as PublicProductRow[];
  return rows[0];
};

/** The public catalog shows only active products of verified businesses, newest first. */
export const listPublicProducts = (db: DbOrTx, params: { limit: number }) =>
  db
    .select({
      id: products.id,
      title: products.title,
      priceIdr: products.priceIdr,
      unit: products.unit,
      stock: products.stock,
      categoryNameId: categories.nameId,
      categoryNameEn: categories.nameEn,
      sellerName: businesses.legalName,
      isUmk: businesses.isUmk,
      kabupaten: regions.name,
      photos: products.photos,
    })
    .from(products)
    .innerJoin(businesses, eq(businesses.id, products.businessId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(and(eq(products.status, "active"), eq(businesses.verificationStatus, "verified")))
    .orderBy(desc(products.createdAt), asc(products.id))
    .limit(params.limit);

export const countPublicCatalog = async (db: DbOrTx) => {
  const [[productRow], [umkRow]] = await Promise.all([
    db
      .select({ n: count() })
      .from(products)
      .innerJoin(businesses, eq(businesses.id, products.businessId))
      .where(and(eq(products.status, "active"), eq(businesses.verificationStatus, "verified"))),
    db
      .select({ n: count() })
      .from(businesses)
      .where(and(eq(businesses.verificationStatus, "verified"), eq(businesses.isUmk, true))),
  ]);
  return { products: productRow?.n ?? 0, verifiedUmk: umkRow?.n ?? 0 };
};

/** A verified business's active products for its storefront, newest first. */
export const listPublicProductsOfBusiness = async (db: DbOrTx, params: { businessId: string; limit: number }): Promise<PublicProductRow[]> =>
  (await selectPublic(db, productColumns)
    .where(and(isPublic, eq(products.businessId, params.businessId)))
    .orderBy(desc(products.createdAt), asc(products.id))
    .limit(params.limit)) as unknown as PublicProductRow[];
