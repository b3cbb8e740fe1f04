import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { notifications } from "../schema";

export type NewNotification = {
  userId: string;
  kind: string;
  category: string;
  params: Record<string, string | number | null>;
  link: string;
  dedupeKey: string;
  inInbox: boolean;
  createdAt?: Date;
};

/**
 * Inserts in the caller's transaction; a row whose (user, dedupe key) exists is skipped, so only the rows
 * returned are new — the ones whose deliveries the caller queues.
 */
export const insertNotifications = async (db: DbOrTx, rows: readonly NewNotification[]) => {
  if (rows.length === 0) return [];
  return db
    .insert(notifications)
    .values([...rows])
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id, userId: notifications.userId });
};

const inboxOf = (userId: string, unreadOnly: boolean) =>
  and(eq(notifications.userId, userId), eq(notifications.inInbox, true), unreadOnly ? isNull(notifications.readAt) : undefined);

export const notificationColumns = {
  id: notifications.id,
  kind: notifications.kind,
  category: notifications.category,
  params: notifications.params,
  link: notifications.link,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
};

/** One page of a person's inbox, newest first. */
export const listInbox = (db: DbOrTx, params: { userId: string; unreadOnly: boolean; limit: number; offset: number }) =>
  db
    .select(notificationColumns)
    .from(notifications)
    .where(inboxOf(params.userId, params.unreadOnly))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(params.limit)
    .offset(params.offset);

export const countInbox = async (db: DbOrTx, params: { userId: string; unreadOnly: boolean }) => {
  const [row] = await db.select({ n: count() }).from(notifications).where(inboxOf(params.userId, params.unreadOnly));
  return row?.n ?? 0;
};

/** Marks one of the person's own notifications read (owner-scoped); null when it is not theirs. */
export const markNotificationRead = async (db: DbOrTx, params: { userId: string; id: string; at: Date }) => {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${params.at.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, params.id), eq(notifications.userId, params.userId), eq(notifications.inInbox, true)))
    .returning(notificationColumns);
  return row ?? null;
};

export const markAllNotificationsRead = async (db: DbOrTx, params: { userId: string; at: Date }) => {
  const rows = await db
    .update(notifications)
    .set({ readAt: params.at })
    .where(inboxOf(params.userId, true))
    .returning({ id: notifications.id });
  return rows.length;
};

/** What a delivery needs to render its message. */
export const findNotificationsByIds = (db: DbOrTx, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select({ ...notificationColumns, userId: notifications.userId })
        .from(notifications)
        .where(inArray(notifications.id, [...ids]));

/** Account mail carries a secret link: once delivered, the token is dropped from the stored params. */
export const redactNotificationSecret = (db: DbOrTx, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve()
    : db.update(notifications).set({ params: sql`${notifications.params} - 'token'` }).where(inArray(notifications.id, [...ids])).then(() => undefined);
