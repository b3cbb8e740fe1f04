import "server-only";
import { db as defaultDb, type DbOrTx } from "@/db/client";
import { findPublicProduct } from "@/db/queries/catalog";
import { listValidCertifications } from "@/db/queries/certifications";
import { findPublicSlugOfBusiness } from "@/db/queries/storefronts";
import { notFound } from "@/lib/errors";
import { PRODUCT_MESSAGES } from "@/lib/services/products/messages";
import { indexDate } from "@/lib/search/document";
import { exposureCounter } from "@/lib/services/exposure/exposure-counter";
import { mediaUrl, productIdSchema, type ProductDetail } from "@/lib/validation/catalog";


/**
 * A public product by id, read from Postgres (not the index) so a product that stopped being public
 * — draft, archived, business unverified or suspended — is a 404 at once. A malformed id is a 404 too:
 * to the public, "no such product" is the whole truth.
 */
export const getPublicProduct = async (id: string, options: { db?: DbOrTx; now?: Date; countView?: boolean } = {}): Promise<ProductDetail> => {
  if (!productIdSchema.safeParse(id).success) throw notFound(PRODUCT_MESSAGES.notFound);
  const db = options.db ?? defaultDb;
  const row = await findPublicProduct(db, { id });
  if (!row) throw notFound(PRODUCT_MESSAGES.notFound);
  const [certifications, storefrontSlug] = await Promise.all([
    listValidCertifications(db, { businessId: row.businessId, today: indexDate(options.now ?? new Date()) }),
    findPublicSlugOfBusiness(db, { businessId: row.businessId }),
  ]);
  // The product page (a person looking) counts toward the seller's funnel; API reads by integrations do not.
  if (options.countView) exposureCounter().count("productViews", [row.businessId], options.now);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    priceIdr: row.priceIdr,
    unit: row.unit,
    stock: row.stock,
    minOrder: row.minOrder,
    leadTimeDays: row.leadTimeDays,
    tkdnPercent: row.tkdnPercent,
    category: row.category,
    categorySlug: row.categorySlug,
    kabupaten: row.kabupaten,
    isLocal: row.isLocal,
    thumbnailUrl: row.photos[0]?.thumbnailKey ? mediaUrl(row.photos[0].thumbnailKey) : null,
    photos: row.photos.map((p) => ({ thumbnailUrl: mediaUrl(p.thumbnailKey), url: mediaUrl(p.key), ...(p.alt ? { alt: p.alt } : {}) })),
    certifications: certifications.map((c) => ({ kind: c.kind, expiresOn: c.expiresOn })),
    rating: row.rating ?? 0,
    business: {
      id: row.businessId,
      name: row.businessName,
      scale: row.scale,
      isUmk: row.isUmk,
      kabupaten: row.businessKabupaten,
      verifiedAt: row.verifiedAt ? row.verifiedAt.toISOString() : null,
      storefrontSlug,
    },
  };
};
