import { and, eq, like, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businesses, regions, storefronts } from "../schema";

const storefrontColumns = {
  businessId: storefronts.businessId,
  slug: storefronts.slug,
  story: storefronts.story,
  photos: storefronts.photos,
  legalName: businesses.legalName,
  nib: businesses.nib,
  scale: businesses.scale,
  isUmk: businesses.isUmk,
  verificationStatus: businesses.verificationStatus,
  verifiedAt: businesses.verifiedAt,
  kabupaten: regions.name,
};

const selectStorefront = (db: DbOrTx) =>
  db
    .select(storefrontColumns)
    .from(storefronts)
    .innerJoin(businesses, eq(businesses.id, storefronts.businessId))
    .innerJoin(regions, eq(regions.id, businesses.regionId));

/** The storefront with its business, whatever the business's status (the service decides what is public). */
export const findStorefrontBySlug = async (db: DbOrTx, params: { slug: string }) => {
  const [row] = await selectStorefront(db).where(eq(storefronts.slug, params.slug)).limit(1);
  return row;
};

export const findStorefrontOfBusiness = async (db: DbOrTx, params: { businessId: string }) => {
  const [row] = await selectStorefront(db).where(eq(storefronts.businessId, params.businessId)).limit(1);
  return row;
};

/** The public slug of a verified business, for links from product pages and catalog cards. */
export const findPublicSlugOfBusiness = async (db: DbOrTx, params: { businessId: string }) => {
  const [row] = await db
    .select({ slug: storefronts.slug })
    .from(storefronts)
    .innerJoin(businesses, eq(businesses.id, storefronts.businessId))
    .where(and(eq(storefronts.businessId, params.businessId), eq(businesses.verificationStatus, "verified")))
    .limit(1);
  return row?.slug ?? null;
};

/** Slugs already taken by `base` or `base-N`: what uniqueSlug must avoid. */
export const listSlugsLike = async (db: DbOrTx, params: { base: string }) => {
  const rows = await db
    .select({ slug: storefronts.slug })
    .from(storefronts)
    .where(or(eq(storefronts.slug, params.base), like(storefronts.slug, `${params.base.replace(/[%_\\]/g, "\\$&")}-%`)));
  return new Set(rows.map((r) => r.slug));
};

/** Inserts the storefront unless the business has one; the returned row is null when it already existed. */
export const insertStorefront = async (db: DbOrTx, row: typeof storefronts.$inferInsert) => {
  const [inserted] = await db.insert(storefronts).values(row).onConflictDoNothing({ target: storefronts.businessId }).returning();
  return inserted ?? null;
};

/** The seller's story; scoped by business id (the caller authorized `business.update` for it). */
export const updateStorefrontStory = async (db: DbOrTx, params: { businessId: string; story: string; now: Date }) => {
  const [row] = await db
    .update(storefronts)
    .set({ story: params.story, updatedAt: params.now })
    .where(eq(storefronts.businessId, params.businessId))
    .returning({ slug: storefronts.slug, story: storefronts.story });
  return row ?? null;
};

export const lockStorefrontSlugs = (db: DbOrTx) => db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('storefront_slugs'))`);
