import { and, asc, count, eq, inArray, isNotNull, isNull, lt, min, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { notificationDeliveries, notifications } from "../schema";

export type NewDelivery = { notificationId: string; channel: "email" | "whatsapp"; mode: "now" | "digest"; availableAt?: Date };

/** Queues outbound deliveries in the caller's transaction; one per notification and channel, ever. */
export const insertDeliveries = async (db: DbOrTx, rows: readonly NewDelivery[]) => {
  if (rows.length === 0) return;
  await db
    .insert(notificationDeliveries)
    .values(rows.map((r) => ({ ...r, availableAt: r.availableAt ?? sql`now()` })))
    .onConflictDoNothing({ target: [notificationDeliveries.notificationId, notificationDeliveries.channel] });
};

export type ClaimedDelivery = { id: number; notificationId: string; channel: "email" | "whatsapp"; attempts: number };

/**
 * Claims up to `limit` due deliveries of one channel sent one by one, until the transaction ends; rows another
 * worker holds are skipped, so two workers never send the same one.
 */
export const claimDueDeliveries = (db: DbOrTx, params: { channel: "email" | "whatsapp"; limit: number }) =>
  db
    .select({ id: notificationDeliveries.id, notificationId: notificationDeliveries.notificationId, channel: notificationDeliveries.channel, attempts: notificationDeliveries.attempts })
    .from(notificationDeliveries)
    .where(
      and(
        isNull(notificationDeliveries.processedAt),
        eq(notificationDeliveries.channel, params.channel),
        eq(notificationDeliveries.mode, "now"),
        sql`${notificationDeliveries.availableAt} <= now()`,
      ),
    )
    .orderBy(asc(notificationDeliveries.availableAt), asc(notificationDeliveries.id))
    .limit(params.limit)
    .for("update", { skipLocked: true }) as Promise<ClaimedDelivery[]>;

export type ClaimedDigestRow = ClaimedDelivery & { userId: string };

/**
 * Claims every due digest row of up to `users` people (whole people, so one person's day is one mail), rows
 * held by another worker skipped.
 */
export const claimDueDigestRows = async (db: DbOrTx, params: { users: number }): Promise<ClaimedDigestRow[]> => {
  const rows = (await db.execute(sql`
    SELECT d.id, d.notification_id AS "notificationId", d.channel, d.attempts, n.user_id AS "userId"
    FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
    WHERE d.processed_at IS NULL AND d.mode = 'digest' AND d.channel = 'email' AND d.available_at <= now()
      AND n.user_id IN (
        SELECT n2.user_id FROM notification_deliveries d2 JOIN notifications n2 ON n2.id = d2.notification_id
        WHERE d2.processed_at IS NULL AND d2.mode = 'digest' AND d2.available_at <= now()
        GROUP BY n2.user_id ORDER BY min(d2.available_at) LIMIT ${params.users})
    ORDER BY n.user_id, d.id
    FOR UPDATE OF d SKIP LOCKED`)) as unknown as ClaimedDigestRow[];
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
};

export const markDelivered = async (db: DbOrTx, ids: readonly number[], providerId: string | null) => {
  if (ids.length === 0) return;
  await db
    .update(notificationDeliveries)
    .set({ processedAt: sql`clock_timestamp()`, providerId, lastError: null })
    .where(inArray(notificationDeliveries.id, [...ids]));
};

/** Marks many deliveries done in one statement, each with its own provider id. */
export const markDeliveredEach = async (db: DbOrTx, rows: ReadonlyArray<{ id: number; providerId: string }>) => {
  if (rows.length === 0) return;
  const values = sql.join(rows.map((r) => sql`(${r.id}::bigint, ${r.providerId})`), sql`, `);
  await db.execute(sql`
    UPDATE notification_deliveries d SET processed_at = clock_timestamp(), provider_id = v.provider_id, last_error = NULL
    FROM (VALUES ${values}) AS v(id, provider_id) WHERE d.id = v.id`);
};

/** Retry delay after the n-th failure: 5 s, 10 s, 20 s, … capped at 30 minutes. */
export const DELIVERY_BACKOFF = { baseSeconds: 5, maxSeconds: 1_800 } as const;

/** Keeps a failed delivery pending, one more attempt counted, due again after a capped exponential backoff. */
export const markDeliveryFailed = async (db: DbOrTx, ids: readonly number[], error: string) => {
  if (ids.length === 0) return;
  await db
    .update(notificationDeliveries)
    .set({
      attempts: sql`${notificationDeliveries.attempts} + 1`,
      availableAt: sql`clock_timestamp() + least(
        make_interval(secs => ${DELIVERY_BACKOFF.baseSeconds} * power(2, least(${notificationDeliveries.attempts}, 20))),
        make_interval(secs => ${DELIVERY_BACKOFF.maxSeconds}))`,
      lastError: error.slice(0, 2_000),
    })
    .where(inArray(notificationDeliveries.id, [...ids]));
};

/** After a transport comes back, makes its backed-off rows due at once (attempts and error kept). */
export const releaseDeliveryBackoff = async (db: DbOrTx, channel: "email" | "whatsapp") => {
  const rows = await db
    .update(notificationDeliveries)
    .set({ availableAt: sql`now()` })
    .where(and(isNull(notificationDeliveries.processedAt), eq(notificationDeliveries.channel, channel), isNotNull(notificationDeliveries.lastError), sql`${notificationDeliveries.availableAt} > now()`))
    .returning({ id: notificationDeliveries.id });
  return rows.length;
};

/** How far behind delivery is, per channel: pending, failing, and the oldest pending row's age. */
export const deliveryBacklog = (db: DbOrTx) =>
  db
    .select({
      channel: notificationDeliveries.channel,
      pending: count(),
      failing: count(notificationDeliveries.lastError),
      oldestCreatedAt: min(notificationDeliveries.createdAt),
    })
    .from(notificationDeliveries)
    .where(and(isNull(notificationDeliveries.processedAt), eq(notificationDeliveries.mode, "now")))
    .groupBy(notificationDeliveries.channel);

/** Deliveries that failed at least once and still wait: what an admin looks at next to the search sync. */
export const failedDeliveries = (db: DbOrTx, params: { limit?: number } = {}) =>
  db
    .select({
      id: notificationDeliveries.id,
      channel: notificationDeliveries.channel,
      kind: notifications.kind,
      attempts: notificationDeliveries.attempts,
      lastError: notificationDeliveries.lastError,
      createdAt: notificationDeliveries.createdAt,
      nextAttemptAt: notificationDeliveries.availableAt,
    })
    .from(notificationDeliveries)
    .innerJoin(notifications, eq(notifications.id, notificationDeliveries.notificationId))
    .where(and(isNull(notificationDeliveries.processedAt), isNotNull(notificationDeliveries.lastError)))
    .orderBy(asc(notificationDeliveries.id))
    .limit(params.limit ?? 100);

/** Deletes delivered rows older than `before`; pending rows are never touched. */
export const pruneDelivered = async (db: DbOrTx, before: Date) => {
  const rows = await db
    .delete(notificationDeliveries)
    .where(and(isNotNull(notificationDeliveries.processedAt), lt(notificationDeliveries.processedAt, before)))
    .returning({ id: notificationDeliveries.id });
  return rows.length;
};
