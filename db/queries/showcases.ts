import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businesses, products, regions, showcaseMembers, showcases } from "../schema";

const SHOWCASE_COLUMNS = {
  id: showcases.id,
  regionId: showcases.regionId,
  slug: showcases.slug,
  title: showcases.title,
  theme: showcases.theme,
  rubric: showcases.rubric,
  rotationDays: showcases.rotationDays,
  spotlightSize: showcases.spotlightSize,
  status: showcases.status,
  publishedAt: showcases.publishedAt,
};

export type ShowcaseRow = Awaited<ReturnType<typeof findShowcaseBySlug>> & {};

export const findShowcaseBySlug = async (db: DbOrTx, params: { slug: string; forUpdate?: boolean }) => {
  const query = db.select(SHOWCASE_COLUMNS).from(showcases).where(eq(showcases.slug, params.slug)).limit(1);
  const [row] = params.forUpdate ? await query.for("update") : await query;
  return row;
};

export const listShowcasesOfRegion = (db: DbOrTx, params: { regionId: string }) =>
  db.select(SHOWCASE_COLUMNS).from(showcases).where(eq(showcases.regionId, params.regionId)).orderBy(desc(showcases.createdAt));

export const listPublishedShowcases = (db: DbOrTx) =>
  db.select(SHOWCASE_COLUMNS).from(showcases).where(eq(showcases.status, "published")).orderBy(desc(showcases.publishedAt), asc(showcases.slug));

export const insertShowcase = async (db: DbOrTx, row: typeof showcases.$inferInsert) => {
  const [created] = await db.insert(showcases).values(row).returning({ id: showcases.id });
  return created!;
};

/** Publishes a draft of the region (scoped write); the members featured before publishing start counting now. */
export const publishShowcase = async (db: DbOrTx, params: { id: string; regionId: string; at: Date }) => {
  const [row] = await db
    .update(showcases)
    .set({ status: "published", publishedAt: params.at })
    .where(and(eq(showcases.id, params.id), eq(showcases.regionId, params.regionId), eq(showcases.status, "draft")))
    .returning({ id: showcases.id });
  if (row) await db.update(showcaseMembers).set({ featuredAt: params.at }).where(and(eq(showcaseMembers.showcaseId, params.id), sql`${showcaseMembers.featuredAt} < ${params.at.toISOString()}::timestamptz`));
  return row;
};

export const listShowcaseMembers = (db: DbOrTx, params: { showcaseId: string }) =>
  db
    .select({
      businessId: showcaseMembers.businessId,
      businessName: businesses.legalName,
      kabupaten: regions.name,
      scale: businesses.scale,
      verificationStatus: businesses.verificationStatus,
      productId: showcaseMembers.productId,
      productTitle: products.title,
      position: showcaseMembers.position,
      featuredAt: showcaseMembers.featuredAt,
    })
    .from(showcaseMembers)
    .innerJoin(businesses, eq(businesses.id, showcaseMembers.businessId))
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .leftJoin(products, eq(products.id, showcaseMembers.productId))
    .where(eq(showcaseMembers.showcaseId, params.showcaseId))
    .orderBy(asc(showcaseMembers.position));

/** Appends a member at the end of the collection. */
export const insertShowcaseMember = async (db: DbOrTx, row: { showcaseId: string; businessId: string; productId: string | null; featuredAt: Date }) => {
  const [created] = await db
    .insert(showcaseMembers)
    .values({
      ...row,
      position: sql`(SELECT coalesce(max(position), 0) + 1 FROM showcase_members WHERE showcase_id = ${row.showcaseId})`,
    })
    .returning({ id: showcaseMembers.id, position: showcaseMembers.position });
  return created!;
};
