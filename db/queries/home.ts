import { and, asc, count, desc, eq, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../client";
import { budgetLines, businesses, categories, opds, products, regions } from "../schema";

// Read models for the role home pages. Each query is scoped by the id the page was authorized for.

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

export const findSellerBusiness = async (db: DbOrTx, params: { businessId: string }) => {
  const [row] = await db
    .select({
      id: businesses.id,
      legalName: businesses.legalName,
      nib: businesses.nib,
      scale: businesses.scale,
      isUmk: businesses.isUmk,
      verificationStatus: businesses.verificationStatus,
      statusReason: businesses.statusReason,
      verifiedAt: businesses.verifiedAt,
      kabupaten: regions.name,
    })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(eq(businesses.id, params.businessId))
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

export const findOpd = async (db: DbOrTx, params: { opdId: string }) => {
  const [row] = await db
    .select({ id: opds.id, name: opds.name, shortName: opds.shortName, regionId: opds.regionId })
    .from(opds)
    .where(eq(opds.id, params.opdId))
    .limit(1);
  return row;
};

export const listOpdBudgetLines = (db: DbOrTx, params: { opdId: string; fiscalYear: number }) =>
  db
    .select({
      id: budgetLines.id,
      code: budgetLines.code,
      name: budgetLines.name,
      ceilingIdr: budgetLines.ceilingIdr,
      committedIdr: budgetLines.committedIdr,
      realizedIdr: budgetLines.realizedIdr,
    })
    .from(budgetLines)
    .where(and(eq(budgetLines.opdId, params.opdId), eq(budgetLines.fiscalYear, params.fiscalYear)))
    .orderBy(asc(budgetLines.code));

/** Per-OPD budget totals of one region; OPDs without lines for the year still appear, with zeros. */
export const listRegionOpdBudgets = (db: DbOrTx, params: { regionId: string; fiscalYear: number }) =>
  db
    .select({
      opdId: opds.id,
      name: opds.name,
      shortName: opds.shortName,
      lineCount: sql<number>`count(${budgetLines.id})::int`,
      ceilingIdr: sql<number>`coalesce(sum(${budgetLines.ceilingIdr}), 0)::bigint`.mapWith(Number),
      committedIdr: sql<number>`coalesce(sum(${budgetLines.committedIdr}), 0)::bigint`.mapWith(Number),
      realizedIdr: sql<number>`coalesce(sum(${budgetLines.realizedIdr}), 0)::bigint`.mapWith(Number),
    })
    .from(opds)
    .leftJoin(budgetLines, and(eq(budgetLines.opdId, opds.id), eq(budgetLines.fiscalYear, params.fiscalYear)))
    .where(eq(opds.regionId, params.regionId))
    .groupBy(opds.id)
    .orderBy(asc(opds.name));

export const findRegion = async (db: DbOrTx, params: { regionId: string }) => {
  const [row] = await db
    .select({ id: regions.id, name: regions.name, kind: regions.kind })
    .from(regions)
    .where(eq(regions.id, params.regionId))
    .limit(1);
  return row;
};

// Businesses sit in a kabupaten/kota while an admin's grant is on the province: include its children.
const parentRegion = alias(regions, "parent_region");
const inRegionTree = (regionIds: string[]) =>
  or(inArray(regions.id, regionIds), inArray(parentRegion.id, regionIds));

export const listPendingBusinesses = (db: DbOrTx, params: { regionIds: string[]; limit: number }) =>
  db
    .select({
      id: businesses.id,
      legalName: businesses.legalName,
      nib: businesses.nib,
      scale: businesses.scale,
      kabupaten: regions.name,
      createdAt: businesses.createdAt,
    })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .leftJoin(parentRegion, eq(parentRegion.id, regions.parentId))
    .where(and(eq(businesses.verificationStatus, "pending"), inRegionTree(params.regionIds)))
    // Oldest first: whoever registered first has waited longest.
    .orderBy(asc(businesses.createdAt), asc(businesses.id))
    .limit(params.limit);

export const countBusinessesByStatus = (db: DbOrTx, params: { regionIds: string[] }) =>
  db
    .select({ status: businesses.verificationStatus, n: count() })
    .from(businesses)
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .leftJoin(parentRegion, eq(parentRegion.id, regions.parentId))
    .where(inRegionTree(params.regionIds))
    .groupBy(businesses.verificationStatus);
