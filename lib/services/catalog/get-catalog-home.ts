import "server-only";
import { db } from "@/db/client";
import { countPublicCatalog, listPublicProducts } from "@/db/queries/catalog";
import { mediaUrl } from "@/lib/validation/catalog";

/** The public home page's newest products and catalog counts: public data, no viewer needed. */
export const getCatalogHome = async (params: { limit: number }) => {
  const [products, counts] = await Promise.all([listPublicProducts(db, { limit: params.limit }), countPublicCatalog(db)]);
  return {
    products: products.map(({ photos, ...p }) => ({ ...p, thumbnailUrl: photos[0] ? mediaUrl(photos[0].thumbnailKey) : null })),
    counts,
  };
};
