import type { DbOrTx } from "../client";
import { searchOutbox } from "../schema";

/**
 * Queues products for the search index in the caller's transaction: if the write commits, search will
 * see it; if it rolls back, nothing is queued. The drain decides upsert or delete from the row's state.
 */
export const enqueueProductSync = async (db: DbOrTx, productIds: readonly string[], operation: "upsert" | "delete" = "upsert") => {
  if (productIds.length === 0) return;
  await db.insert(searchOutbox).values(productIds.map((entityId) => ({ entity: "product", entityId, operation })));
};
