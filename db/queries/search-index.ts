import { and, asc, count, eq, gt, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../client";
import { businessCertifications, businessScale, businesses, categories, products, regions } from "../schema";

// Read side of the search index: products joined with everything their document needs. Not tenant scoped on
// purpose: the index is the public catalog, and only the drain, the reindex and ensure-on-start call these.

/** A product row joined with everything the index needs, as loaded for indexing. */
export type ProductForIndex = {
  id: string;
  title: string;
  description: string;
  priceIdr: number;
  unit: string;
  stock: number;
  status: "draft" | "active" | "archived";
  isLocal: boolean;
  tkdnPercent: number | null;
  photos: Array<{ thumbnailKey: string }>;
  createdAt: Date;
  categoryName: string;
  categorySlug: string;
  originName: string;
  business: {
    id: string;
    name: string;
    scale: (typeof businessScale.enumValues)[number];
    isUmk: boolean;
    verificationStatus: "pending" | "verified" | "rejected" | "suspended";
    kabupaten: string;
    ratingAvg: number | null;
    certifications: Array<{ kind: string; expiresOn: string | null }>;
  };
};

const origin = alias(regions, "origin_region");
const businessRegion = alias(regions, "business_region");

const isPublic = and(eq(products.status, "active"), eq(businesses.verificationStatus, "verified"));

const selectProductsForIndex = (db: DbOrTx, where: SQL | undefined, limit?: number) => {
  const query = db
    .select({
      id: products.id,
      title: products.title,
      description: products.description,
      priceIdr: products.priceIdr,
      unit: products.unit,
      stock: products.stock,
      status: products.status,
      isLocal: products.isLocal,
      tkdnPercent: products.tkdnPercent,
      photos: products.photos,
      createdAt: products.createdAt,
      categoryName: categories.nameId,
      categorySlug: categories.slug,
      originName: origin.name,
      businessId: businesses.id,
      businessName: businesses.legalName,
      scale: businesses.scale,
      isUmk: businesses.isUmk,
      verificationStatus: businesses.verificationStatus,
      businessKabupaten: businessRegion.name,
      ratingAvg: businesses.ratingAvg,
    })
    .from(products)
    .innerJoin(businesses, eq(businesses.id, products.businessId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .innerJoin(origin, eq(origin.id, products.originRegionId))
    .innerJoin(businessRegion, eq(businessRegion.id, businesses.regionId))
    .where(where)
    .orderBy(asc(products.id));
  return limit === undefined ? query : query.limit(limit);
};

type Row = Awaited<ReturnType<typeof selectProductsForIndex>>[number];

const withCertifications = async (db: DbOrTx, rows: Row[]): Promise<ProductForIndex[]> => {
  if (rows.length === 0) return [];
  const businessIds = [...new Set(rows.map((r) => r.businessId))];
  const certifications = await db
    .select({ businessId: businessCertifications.businessId, kind: businessCertifications.kind, expiresOn: businessCertifications.expiresOn })
    .from(businessCertifications)
    .where(inArray(businessCertifications.businessId, businessIds))
    .orderBy(asc(businessCertifications.kind), asc(businessCertifications.expiresOn));
  const byBusiness = new Map<string, Array<{ kind: string; expiresOn: string | null }>>();
  for (const c of certifications) {
    const list = byBusiness.get(c.businessId) ?? [];
    list.push({ kind: c.kind, expiresOn: c.expiresOn });
    byBusiness.set(c.businessId, list);
  }
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    priceIdr: r.priceIdr,
    unit: r.unit,
    stock: r.stock,
    status: r.status,
    isLocal: r.isLocal,
    tkdnPercent: r.tkdnPercent,
    photos: r.photos.map((p) => ({ thumbnailKey: p.thumbnailKey })),
    createdAt: r.createdAt,
    categoryName: r.categoryName,
    categorySlug: r.categorySlug,
    originName: r.originName,
    business: {
      id: r.businessId,
      name: r.businessName,
      scale: r.scale,
      isUmk: r.isUmk,
      verificationStatus: r.verificationStatus,
      kabupaten: r.businessKabupaten,
      ratingAvg: r.ratingAvg,
      certifications: byBusiness.get(r.businessId) ?? [],
    },
  }));
};

/**
 * The current state of these products, whatever their status (the caller decides upsert or delete with
 * isPubliclyListed). Ids with no product row are simply absent from the result.
 */
export const loadProductsForIndex = async (db: DbOrTx, ids: readonly string[]): Promise<ProductForIndex[]> => {
  if (ids.length === 0) return [];
  return withCertifications(db, await selectProductsForIndex(db, inArray(products.id, [...ids])));
};

/** One page of public products (active, of a verified business), in id order after `afterId` (null: from the start). */
export const listPublicProductsForIndex = async (db: DbOrTx, afterId: string | null, limit: number): Promise<ProductForIndex[]> =>
  withCertifications(db, await selectProductsForIndex(db, afterId === null ? isPublic : and(isPublic, gt(products.id, afterId)), limit));

/** How many products the public catalog has: what a complete index must hold. */
export const countPublicProductsForIndex = async (db: DbOrTx): Promise<number> => {
  const [row] = await db
    .select({ n: count() })
    .from(products)
    .innerJoin(businesses, eq(businesses.id, products.businessId))
    .where(isPublic);
  return row?.n ?? 0;
};

/** Ids of every product of a business, public or not (a business decision changes all of their documents). */
export const listProductIdsOfBusiness = async (db: DbOrTx, businessId: string): Promise<string[]> =>
  (await db.select({ id: products.id }).from(products).where(eq(products.businessId, businessId))).map((r) => r.id);
