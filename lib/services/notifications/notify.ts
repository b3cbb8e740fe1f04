import type { DbOrTx } from "@/db/client";
import { insertDeliveries, type NewDelivery } from "@/db/queries/notification-deliveries";
import { findContacts, listPreferencesOf } from "@/db/queries/notification-preferences";
import { findRecipientIds, type RecipientScope } from "@/db/queries/notification-recipients";
import { insertNotifications } from "@/db/queries/notifications";
import { planDelivery, type PreferenceRow } from "@/lib/domain/notifications/delivery-plan";
import { nextDigestAt } from "@/lib/domain/notifications/digest-time";
import { categoryOf, type NotificationKind } from "@/lib/domain/notifications/kinds";
import type { NotificationParams } from "@/lib/domain/notifications/templates";

export type Recipients = RecipientScope | { userIds: readonly string[] };

export type NotifyInput = {
  kind: NotificationKind;
  to: Recipients | readonly Recipients[];
  params: NotificationParams;
  /** The app path of the thing to act on. */
  link: string;
  /** Names the state change: the same change reported twice is one notification per person. */
  dedupeKey: string;
  at: Date;
  /** The person who caused the change is not told about it. */
  exceptUserId?: string;
};

const resolveRecipients = async (tx: DbOrTx, to: NotifyInput["to"]) => {
  const scopes = (Array.isArray(to) ? to : [to]) as readonly Recipients[];
  const ids = new Set<string>();
  for (const scope of scopes) {
    const found = "userIds" in scope ? scope.userIds : await findRecipientIds(tx, scope);
    for (const id of found) ids.add(id);
  }
  return [...ids].sort();
};

const cleanParams = (params: NotificationParams) =>
  Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as Record<string, string | number | null>;

/** Who a change reaches and how: the reads of notify(), done ahead by planNotification(). */
export type NotificationPlan = { kind: NotificationKind; plans: Array<{ userId: string; plan: ReturnType<typeof planDelivery> }> };

/**
 * The reads of notify() on their own (recipients, their contacts and preferences), for a caller that wants them
 * done before it takes a lock other transactions wait for; writeNotification() then only inserts.
 */
export const planNotification = async (tx: DbOrTx, input: Pick<NotifyInput, "kind" | "to" | "exceptUserId">): Promise<NotificationPlan> => {
  const userIds = (await resolveRecipients(tx, input.to)).filter((id) => id !== input.exceptUserId);
  if (userIds.length === 0) return { kind: input.kind, plans: [] };
  const [contacts, preferences] = await Promise.all([findContacts(tx, userIds), listPreferencesOf(tx, userIds)]);
  const plans = contacts.map((c) => ({
    userId: c.userId,
    plan: planDelivery(input.kind, {
      userId: c.userId,
      isActive: c.isActive,
      emailVerified: c.emailVerifiedAt !== null,
      whatsappReady: Boolean(c.whatsappOptIn && c.whatsappVerifiedAt && c.whatsappPhone),
      emailDigest: c.emailDigest ?? false,
      preferences: preferences.filter((p) => p.userId === c.userId) as PreferenceRow[],
    }),
  }));
  return { kind: input.kind, plans };
};

/** The writes of notify() for a plan made in the same transaction; returns how many people got a new notification. */
export const writeNotification = async (tx: DbOrTx, planned: NotificationPlan, input: Pick<NotifyInput, "params" | "link" | "dedupeKey" | "at">): Promise<number> => {
  const reached = planned.plans.filter(({ plan }) => plan.inApp || plan.email || plan.whatsapp);
  if (reached.length === 0) return 0;
  const category = categoryOf(planned.kind);
  const params = cleanParams(input.params);
  const inserted = await insertNotifications(
    tx,
    reached.map(({ userId, plan }) => ({ userId, kind: planned.kind, category, params, link: input.link, dedupeKey: input.dedupeKey, inInbox: plan.inApp, createdAt: input.at })),
  );
  const planOf = new Map(reached.map((r) => [r.userId, r.plan]));
  const deliveries: NewDelivery[] = [];
  for (const row of inserted) {
    const plan = planOf.get(row.userId)!;
    if (plan.email) deliveries.push({ notificationId: row.id, channel: "email", mode: plan.email, availableAt: plan.email === "digest" ? nextDigestAt(input.at) : undefined });
    if (plan.whatsapp) deliveries.push({ notificationId: row.id, channel: "whatsapp", mode: "now" });
  }
  await insertDeliveries(tx, deliveries);
  return inserted.length;
};

/**
 * Tells the people who must act, in the caller's transaction: one notification per person (unique by dedupe key),
 * and one queued delivery per outbound channel their preferences and verified contacts allow. If the change rolls
 * back, nobody is told; if it commits, the worker delivers — nothing is sent from inside the request.
 * Returns how many people got a new notification.
 */
export const notify = async (tx: DbOrTx, input: NotifyInput): Promise<number> => writeNotification(tx, await planNotification(tx, input), input);
