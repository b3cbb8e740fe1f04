import "server-only";
import type { DbOrTx } from "@/db/client";
import { findBusinessName } from "@/db/queries/businesses";
import { insertStorefront, listSlugsLike, lockStorefrontSlugs } from "@/db/queries/storefronts";
import { slugBase, uniqueSlug } from "@/lib/domain/storefront/slug";

/**
 * Gives a business its storefront slug, inside the caller's transaction (the verification that makes it public,
 * which audits it). Idempotent: a business that has a slug keeps it, so re-verification or reinstatement after a
 * rename never breaks a printed QR poster. Slug picking is serialized by an advisory lock so two businesses of
 * the same name verified at once cannot race for one slug. Returns the new slug, or null when it had one.
 */
export const openStorefront = async (tx: DbOrTx, params: { businessId: string; now: Date }): Promise<string | null> => {
  const business = await findBusinessName(tx, params.businessId);
  if (!business) return null;
  await lockStorefrontSlugs(tx);
  const slug = uniqueSlug(business.name, await listSlugsLike(tx, { base: slugBase(business.name) }));
  const inserted = await insertStorefront(tx, { businessId: business.id, slug, createdAt: params.now, updatedAt: params.now });
  return inserted?.slug ?? null;
};
