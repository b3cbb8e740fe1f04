import type { Database } from "@/db/client";
import { countPublicProductsForIndex } from "@/db/queries/search-index";
import { defaultSearchTarget, productsIndex, productsIndexUid, waitForSuccess, type SearchTarget } from "./client";
import { createIndexIfMissing, reindexProducts, type ReindexOptions } from "./reindex";
import { PRODUCT_INDEX_SETTINGS } from "./settings";

export type EnsureIndexResult = { uid: string; created: boolean; reindexed: boolean; documents: number };

/**
 * Makes the live products index exist with the current settings (applying them is a no-op when they have
 * not changed) and, when it is empty while the catalog has public products — a fresh install, or a
 * Meilisearch that lost its data — rebuilds it with reindexProducts. Safe to call on every start.
 */
export const ensureProductsIndex = async (db: Database, options: Omit<ReindexOptions, "batchSize"> = {}): Promise<EnsureIndexResult> => {
  const target = options.search ?? defaultSearchTarget();
  const uid = productsIndexUid(target);
  const created = await createIndexIfMissing(target, uid);
  const index = productsIndex(target);
  await waitForSuccess(target, index.updateSettings(PRODUCT_INDEX_SETTINGS));
  const { numberOfDocuments } = await index.getStats();
  if (numberOfDocuments > 0 || (await countPublicProductsForIndex(db)) === 0) {
    return { uid, created, reindexed: false, documents: numberOfDocuments };
  }
  const { documents } = await reindexProducts(db, { ...options, search: target });
  return { uid, created, reindexed: true, documents };
};
