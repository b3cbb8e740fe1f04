import { and, asc, desc, eq, exists, gte, ilike, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businessCertifications, businessScale, businesses, categories, certificationKind, products } from "../schema";
import { isPublic, origin, productColumns, selectPublic, validCertification, type PublicProductRow } from "./catalog";
// The catalog search in Postgres, used only when Meilisearch is down: the same filters, sorts and facet counts
// over public products (see catalog.ts for what public means).

/** The facets the catalog counts by. lib/validation's FacetKey names the same keys (db does not import lib). */
export type CatalogFacetKey = "category" | "kabupaten" | "scale" | "isUmk" | "isLocal" | "certification";

/** A parsed catalog query as this file reads it; lib/validation's ProductSearchQuery is assignable to it. */
export type CatalogQuery = {
  q: string;
  category?: string[];
  kabupaten?: string[];
  scale?: Array<(typeof businessScale.enumValues)[number]>;
  isUmk?: boolean[];
  isLocal?: boolean[];
  certification?: Array<(typeof certificationKind.enumValues)[number]>;
  minPrice?: number;
  maxPrice?: number;
  businessId?: string;
  sort: "relevance" | "price:asc" | "price:desc" | "newest" | "rating";
  page: number;
  perPage: number;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every word must appear somewhere (title, description, category, seller): a plain but honest match. */
const matchesWords = (q: string): SQL | undefined => {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return undefined;
  return and(
    ...words.map((w) => {
      const pattern = `%${escapeLike(w)}%`;
      return or(ilike(products.title, pattern), ilike(products.description, pattern), ilike(categories.nameId, pattern), ilike(businesses.legalName, pattern), ilike(origin.name, pattern));
    }),
  );
};

const conditions = (params: CatalogQuery, today: string, without?: CatalogFacetKey): SQL[] => {
  const out: SQL[] = [isPublic!];
  const text = matchesWords(params.q);
  if (text) out.push(text);
  if (without !== "category" && params.category?.length) out.push(inArray(categories.nameId, params.category));
  if (without !== "kabupaten" && params.kabupaten?.length) out.push(inArray(origin.name, params.kabupaten));
  if (without !== "scale" && params.scale?.length) out.push(inArray(businesses.scale, params.scale));
  if (without !== "isUmk" && params.isUmk?.length) out.push(inArray(businesses.isUmk, params.isUmk));
  if (without !== "isLocal" && params.isLocal?.length) out.push(inArray(products.isLocal, params.isLocal));
  if (without !== "certification" && params.certification?.length) {
    out.push(exists(sql`select 1 from ${businessCertifications} where ${validCertification(today)} and ${inArray(businessCertifications.kind, params.certification)}`));
  }
  if (params.minPrice !== undefined) out.push(gte(products.priceIdr, params.minPrice));
  if (params.maxPrice !== undefined) out.push(lte(products.priceIdr, params.maxPrice));
  if (params.businessId) out.push(eq(businesses.id, params.businessId));
  return out;
};

const ORDER: Record<CatalogQuery["sort"], (q: string) => SQL[]> = {
  relevance: (q) => [
    q ? sql`(${products.title} ILIKE ${`%${escapeLike(q)}%`}) DESC` : sql`1`,
    desc(products.createdAt),
    asc(products.id),
  ],
  "price:asc": () => [asc(products.priceIdr), asc(products.id)],
  "price:desc": () => [desc(products.priceIdr), asc(products.id)],
  newest: () => [desc(products.createdAt), asc(products.id)],
  rating: () => [sql`${businesses.ratingAvg} DESC NULLS LAST`, asc(products.id)],
};

/** One page of public products matching the query, with the total. Used only when search is degraded. */
export const searchPublicProducts = async (db: DbOrTx, params: CatalogQuery, today: string) => {
  const where = and(...conditions(params, today));
  const [rows, [counted]] = await Promise.all([
    selectPublic(db, productColumns)
      .where(where)
      .orderBy(...ORDER[params.sort](params.q))
      .limit(params.perPage)
      .offset((params.page - 1) * params.perPage) as unknown as Promise<PublicProductRow[]>,
    selectPublic(db, { n: sql<number>`count(*)::int` }).where(where) as unknown as Promise<{ n: number }[]>,
  ]);
  return { rows, total: counted?.n ?? 0 };
};

const FACET_COLUMN: Record<Exclude<CatalogFacetKey, "certification">, SQL> = {
  category: sql`${categories.nameId}`,
  kabupaten: sql`${origin.name}`,
  scale: sql`${businesses.scale}::text`,
  isUmk: sql`${businesses.isUmk}::text`,
  isLocal: sql`${products.isLocal}::text`,
};

/** Counts per value of one facet, ignoring that facet's own filter (as the Meilisearch path does). */
export const countPublicProductsByFacet = async (db: DbOrTx, params: CatalogQuery, key: CatalogFacetKey, today: string): Promise<Record<string, number>> => {
  const where = and(...conditions(params, today, key));
  if (key === "certification") {
    const rows = await (selectPublic(db, { value: sql<string>`${businessCertifications.kind}::text`, n: sql<number>`count(distinct ${products.id})::int` })
      .innerJoin(businessCertifications, validCertification(today))
      .where(where)
      .groupBy(businessCertifications.kind) as unknown as Promise<{ value: string; n: number }[]>);
    return Object.fromEntries(rows.map((r) => [r.value, r.n]));
  }
  const column = FACET_COLUMN[key];
  const rows = await (selectPublic(db, { value: column.as("value"), n: sql<number>`count(*)::int` })
    .where(where)
    .groupBy(column) as unknown as Promise<{ value: string; n: number }[]>);
  return Object.fromEntries(rows.map((r) => [r.value, r.n]));
};

