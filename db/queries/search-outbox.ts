import { and, asc, count, eq, inArray, isNotNull, isNull, lt, min, sql } from "drizzle-orm";
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

/**
 * Queues every product of a business (in the caller's transaction): a verification decision — verify,
 * suspend, reinstate, reject — changes whether all of them are public, and the drain applies the new state.
 */
export const enqueueBusinessProductsSync = async (db: DbOrTx, businessId: string) => {
  await db.execute(sql`
    INSERT INTO search_outbox (entity, entity_id, operation)
    SELECT 'product', id, 'upsert' FROM products WHERE business_id = ${businessId} ORDER BY id`);
};

/**
 * Queues the active products of every business with a certification whose last valid day fell in
 * [fromDay, beforeDay) (YYYY-MM-DD, WITA): documents list only valid certifications, and nothing else
 * changes on the day one lapses. Returns how many rows it queued.
 */
export const enqueueProductsWithLapsedCertifications = async (db: DbOrTx, params: { fromDay: string; beforeDay: string }) => {
  const rows = (await db.execute(sql`
    INSERT INTO search_outbox (entity, entity_id, operation)
    SELECT 'product', p.id, 'upsert' FROM products p
    WHERE p.status = 'active' AND p.business_id IN (
      SELECT business_id FROM business_certifications
      WHERE expires_on >= ${params.fromDay}::date AND expires_on < ${params.beforeDay}::date)
    ORDER BY p.id
    RETURNING id`)) as unknown as unknown[];
  return rows.length;
};

// ---- drain side -------------------------------------------------------------------------------------------

// Two-key advisory locks (a key space apart from the one-key audit chain lock).
const OUTBOX_ENTITY_LOCK = sql.raw("7340101");
const SEARCH_SWAP_LOCK = sql.raw("7340102");

export type ClaimedOutboxRow = { id: number; entityId: string };

/**
 * A drain's share of the swap lock, held until its transaction ends: a reindex waits for in-flight drains
 * before it swaps, so no drain can write to the old index after the swap without the reindex knowing.
 */
export const lockOutboxForDrain = (db: DbOrTx) => db.execute(sql`SELECT pg_advisory_xact_lock_shared(${SEARCH_SWAP_LOCK}, 0)`);

/** The reindex's exclusive side of the same lock: waits for running drains, holds new ones off until commit. */
export const lockOutboxForSwap = (db: DbOrTx) => db.execute(sql`SELECT pg_advisory_xact_lock(${SEARCH_SWAP_LOCK}, 0)`);

/**
 * Claims, until the transaction ends, up to `limit` due product rows (oldest first, skipping rows another
 * drain holds), but only for entities whose advisory lock this transaction obtains; then adds every other
 * pending row of those entities, due or not, since applying an entity's current state settles all of them.
 * So one entity is never applied by two drains at once, and a later state never overtakes an earlier one.
 */
export const claimDueOutboxRows = async (db: DbOrTx, limit: number): Promise<ClaimedOutboxRow[]> => {
  const due = await db
    .select({ id: searchOutbox.id, entityId: searchOutbox.entityId })
    .from(searchOutbox)
    .where(and(isNull(searchOutbox.processedAt), sql`${searchOutbox.availableAt} <= now()`, eq(searchOutbox.entity, "product")))
    .orderBy(asc(searchOutbox.id))
    .limit(limit)
    .for("update", { skipLocked: true });
  if (due.length === 0) return [];

  const entityIds = [...new Set(due.map((r) => r.entityId))];
  const values = sql.join(entityIds.map((id, i) => sql`(${id}::uuid, ${i})`), sql`, `);
  const locks = (await db.execute(sql`
    SELECT v.id::text AS "entityId", pg_try_advisory_xact_lock(${OUTBOX_ENTITY_LOCK}, hashtext('product:' || v.id::text)) AS "locked"
    FROM (VALUES ${values}) AS v(id, ord) ORDER BY v.ord`)) as unknown as Array<{ entityId: string; locked: boolean }>;
  const lockedIds = locks.filter((l) => l.locked).map((l) => l.entityId);
  if (lockedIds.length === 0) return [];

  return db
    .select({ id: searchOutbox.id, entityId: searchOutbox.entityId })
    .from(searchOutbox)
    .where(and(isNull(searchOutbox.processedAt), eq(searchOutbox.entity, "product"), inArray(searchOutbox.entityId, lockedIds)))
    .orderBy(asc(searchOutbox.id))
    .for("update", { skipLocked: true });
};

/** Marks claimed rows done, stamped with the database clock at the moment the index had applied them. */
export const markOutboxProcessed = async (db: DbOrTx, ids: readonly number[]) => {
  if (ids.length === 0) return;
  await db.update(searchOutbox).set({ processedAt: sql`clock_timestamp()` }).where(inArray(searchOutbox.id, [...ids]));
};

/** Retry delay after the n-th failure: 1 s, 2 s, 4 s, … capped at 5 minutes. */
export const OUTBOX_BACKOFF = { baseSeconds: 1, maxSeconds: 300 } as const;

/** Keeps failed rows pending, one more attempt counted, due again after an exponential backoff, error recorded. */
export const markOutboxFailed = async (db: DbOrTx, ids: readonly number[], error: string) => {
  if (ids.length === 0) return;
  await db
    .update(searchOutbox)
    .set({
      attempts: sql`${searchOutbox.attempts} + 1`,
      availableAt: sql`clock_timestamp() + least(
        make_interval(secs => ${OUTBOX_BACKOFF.baseSeconds} * power(2, least(${searchOutbox.attempts}, 20))),
        make_interval(secs => ${OUTBOX_BACKOFF.maxSeconds}))`,
      lastError: error.slice(0, 2_000),
    })
    .where(inArray(searchOutbox.id, [...ids]));
};

/** After an outage ends, makes every backed-off row due now (attempts and last error are kept). */
export const releaseOutboxBackoff = async (db: DbOrTx) => {
  const released = await db
    .update(searchOutbox)
    .set({ availableAt: sql`now()` })
    .where(and(isNull(searchOutbox.processedAt), sql`${searchOutbox.availableAt} > now()`))
    .returning({ id: searchOutbox.id });
  return released.length;
};

/** Rows that failed at least once and are still waiting: what an admin looks at when search lags. */
export const failedOutboxEntries = (db: DbOrTx, params: { limit?: number } = {}) =>
  db
    .select({
      id: searchOutbox.id,
      entity: searchOutbox.entity,
      entityId: searchOutbox.entityId,
      operation: searchOutbox.operation,
      attempts: searchOutbox.attempts,
      lastError: searchOutbox.lastError,
      createdAt: searchOutbox.createdAt,
      nextAttemptAt: searchOutbox.availableAt,
    })
    .from(searchOutbox)
    .where(and(isNull(searchOutbox.processedAt), isNotNull(searchOutbox.lastError)))
    .orderBy(asc(searchOutbox.id))
    .limit(params.limit ?? 100);

/** How far behind search is: pending rows, how many of them have failed, and the oldest one's age. */
export const searchOutboxBacklog = async (db: DbOrTx) => {
  const [row] = await db
    .select({ pending: count(), failing: count(searchOutbox.lastError), oldestCreatedAt: min(searchOutbox.createdAt) })
    .from(searchOutbox)
    .where(isNull(searchOutbox.processedAt));
  return { pending: row?.pending ?? 0, failing: row?.failing ?? 0, oldestCreatedAt: row?.oldestCreatedAt ?? null };
};

/** The database clock (not this machine's): reindex windows are compared with processed_at stamps. */
export const outboxClock = async (db: DbOrTx): Promise<Date> => {
  const [row] = (await db.execute(sql`SELECT clock_timestamp() AS "now"`)) as unknown as Array<{ now: Date | string }>;
  return new Date(row!.now);
};

/**
 * Queues again every product that a drain applied since `since` (in the caller's transaction): a reindex
 * that read a product before such a drain wrote it to the old index would otherwise swap the change away.
 */
export const requeueProductsProcessedSince = async (db: DbOrTx, since: Date) => {
  const rows = (await db.execute(sql`
    INSERT INTO search_outbox (entity, entity_id, operation)
    SELECT 'product', entity_id, 'upsert' FROM (
      SELECT DISTINCT entity_id FROM search_outbox
      WHERE entity = 'product' AND processed_at >= ${since.toISOString()}::timestamptz
    ) touched ORDER BY entity_id
    RETURNING id`)) as unknown as unknown[];
  return rows.length;
};

/** Deletes processed rows older than `before`; pending rows are never touched. */
export const pruneProcessedOutbox = async (db: DbOrTx, before: Date) => {
  const deleted = await db
    .delete(searchOutbox)
    .where(and(isNotNull(searchOutbox.processedAt), lt(searchOutbox.processedAt, before)))
    .returning({ id: searchOutbox.id });
  return deleted.length;
};
