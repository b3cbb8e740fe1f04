import "server-only";
import { db } from "@/db/client";
import { failedOutboxEntries, releaseOutboxBackoff, searchOutboxBacklog } from "@/db/queries/search-outbox";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { searchHealth } from "@/lib/search/health";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";

/** What an admin needs when search lags: is Meilisearch up, how far behind is the outbox, and what failed. */
export const getSearchSyncStatus = async (viewer: Viewer | null) => {
  authorize(viewer, "search.reindex");
  const [health, backlog, failures] = await Promise.all([searchHealth({ fresh: true }), searchOutboxBacklog(db), failedOutboxEntries(db, { limit: 50 })]);
  return { health, backlog, failures };
};

/** Makes every backed-off outbox row due now (after fixing the cause), so the worker retries at once. */
export const retrySearchSyncNow = async (viewer: Viewer | null) => {
  authorize(viewer, "search.reindex");
  return db.transaction(async (tx) => {
    const released = await releaseOutboxBackoff(tx);
    await appendAuditEvent(tx, {
      actor: { id: viewer.userId, label: viewer.email },
      action: "search.retry_requested",
      entity: "search_outbox",
      entityId: "products",
      data: { released },
    });
    return { released };
  });
};
