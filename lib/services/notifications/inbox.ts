import { db } from "@/db/client";
import { countInbox, listInbox, markAllNotificationsRead, markNotificationRead } from "@/db/queries/notifications";
import { requireSignedIn } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { isNotificationKind } from "@/lib/domain/notifications/kinds";
import { renderNotification, type NotificationLocale } from "@/lib/domain/notifications/templates";
import { orNotFound } from "@/lib/services/or-not-found";
import { NOTIFICATIONS_PAGE_SIZE, type ListNotificationsQuery } from "@/lib/validation/notifications";

export type NotificationView = {
  id: string;
  kind: string;
  category: string;
  title: string;
  body: string;
  link: string;
  createdAt: Date;
  readAt: Date | null;
};

type Row = Awaited<ReturnType<typeof listInbox>>[number];

const toView = (row: Row, locale: NotificationLocale): NotificationView => {
  const text = isNotificationKind(row.kind) ? renderNotification(row.kind, row.params, locale) : { title: row.kind, body: "" };
  return { id: row.id, kind: row.kind, category: row.category, title: text.title, body: text.body, link: row.link, createdAt: row.createdAt, readAt: row.readAt };
};

/** The signed-in person's own inbox, newest first, one page at a time, rendered in their language. */
export const listNotifications = async (viewer: Viewer | null, query: ListNotificationsQuery, locale: NotificationLocale) => {
  requireSignedIn(viewer);
  const me = viewer;
  const offset = (query.page - 1) * NOTIFICATIONS_PAGE_SIZE;
  const [rows, total, unread] = await Promise.all([
    listInbox(db, { userId: me.userId, unreadOnly: query.unread, limit: NOTIFICATIONS_PAGE_SIZE, offset }),
    countInbox(db, { userId: me.userId, unreadOnly: query.unread }),
    countInbox(db, { userId: me.userId, unreadOnly: true }),
  ]);
  return { notifications: rows.map((r) => toView(r, locale)), page: query.page, pageSize: NOTIFICATIONS_PAGE_SIZE, total, unread };
};

/** How many of the person's notifications are unread: the bell's number. Zero for visitors. */
export const unreadNotificationCount = async (viewer: Viewer | null) =>
  viewer ? countInbox(db, { userId: viewer.userId, unreadOnly: true }) : 0;

/** Marks one of the person's own notifications read (idempotent); someone else's is 404, as if it did not exist. */
export const readNotification = async (viewer: Viewer | null, id: string, locale: NotificationLocale, now = new Date()) => {
  requireSignedIn(viewer);
  const me = viewer;
  return toView(orNotFound(await markNotificationRead(db, { userId: me.userId, id, at: now })), locale);
};

export const readAllNotifications = async (viewer: Viewer | null, now = new Date()) => {
  requireSignedIn(viewer);
  const me = viewer;
  return { marked: await markAllNotificationsRead(db, { userId: me.userId, at: now }) };
};
