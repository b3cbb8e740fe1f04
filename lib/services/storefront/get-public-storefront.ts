import "server-only";
import { db as defaultDb, type DbOrTx } from "@/db/client";
import { listPublicProductsOfBusiness, type PublicProductRow } from "@/db/queries/catalog";
import { listValidCertifications } from "@/db/queries/certifications";
import { listInvoicesOfBusiness } from "@/db/queries/invoices";
import { listOrdersForProof } from "@/db/queries/orders";
import { listRatingsOfBusiness } from "@/db/queries/ratings";
import { findStorefrontBySlug } from "@/db/queries/storefronts";
import { computeStorefrontProof } from "@/lib/domain/storefront/proof";
import { isSlugShaped } from "@/lib/domain/storefront/slug";
import { witaDate } from "@/lib/domain/time/wita";
import { notFound } from "@/lib/errors";
import { mediaUrl, type ProductHit } from "@/lib/validation/catalog";
import type { StorefrontView } from "@/lib/validation/storefront";
import { STOREFRONT_MESSAGES } from "./messages";

export const STOREFRONT_PRODUCT_LIMIT = 48;

const toHit = (row: PublicProductRow): ProductHit => ({
  id: row.id,
  title: row.title,
  priceIdr: row.priceIdr,
  unit: row.unit,
  stock: row.stock,
  category: row.category,
  categorySlug: row.categorySlug,
  kabupaten: row.kabupaten,
  isLocal: row.isLocal,
  thumbnailUrl: row.photos[0]?.thumbnailKey ? mediaUrl(row.photos[0].thumbnailKey) : null,
  rating: row.rating ?? 0,
  business: { id: row.businessId, name: row.businessName, scale: row.scale, isUmk: row.isUmk, kabupaten: row.businessKabupaten },
});

/**
 * The public storefront of a verified business: profile, verified facts, proof recomputed from the ledger on
 * every read (orders, BASTs, invoices, ratings — nothing stored, nothing typed), and its active products. A
 * malformed slug, an unknown one and a business that is not verified (pending, rejected, suspended) are the
 * same 404: to the public, "no such storefront" is the whole truth.
 */
export const getPublicStorefront = async (slug: string, options: { db?: DbOrTx; now?: Date } = {}): Promise<StorefrontView> => {
  if (!isSlugShaped(slug)) throw notFound(STOREFRONT_MESSAGES.notFound);
  const db = options.db ?? defaultDb;
  const row = await findStorefrontBySlug(db, { slug });
  if (!row || row.verificationStatus !== "verified" || !row.verifiedAt) throw notFound(STOREFRONT_MESSAGES.notFound);
  const businessId = row.businessId;
  const [orders, invoices, ratings, certifications, products] = await Promise.all([
    listOrdersForProof(db, { businessId }),
    listInvoicesOfBusiness(db, { businessId }),
    listRatingsOfBusiness(db, { businessId }),
    listValidCertifications(db, { businessId, today: witaDate(options.now ?? new Date()) }),
    listPublicProductsOfBusiness(db, { businessId, limit: STOREFRONT_PRODUCT_LIMIT }),
  ]);
  return {
    slug: row.slug,
    url: `/toko/${row.slug}`,
    business: {
      id: businessId,
      name: row.legalName,
      kabupaten: row.kabupaten,
      scale: row.scale,
      isUmk: row.isUmk,
      story: row.story,
      photos: row.photos.map((p) => ({ url: mediaUrl(p.key), thumbnailUrl: mediaUrl(p.thumbnailKey), alt: p.alt ?? row.legalName })),
    },
    verified: {
      nib: row.nib,
      verifiedAt: row.verifiedAt.toISOString(),
      certifications: certifications.map((c) => ({ kind: c.kind, expiresOn: c.expiresOn })),
    },
    proof: computeStorefrontProof({ orders, invoices, ratings }),
    products: products.map(toHit),
  };
};
