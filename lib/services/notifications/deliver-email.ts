import type { Database } from "@/db/client";
import { claimDueDeliveries, claimDueDigestRows, markDelivered, markDeliveredEach, markDeliveryFailed, type ClaimedDelivery } from "@/db/queries/notification-deliveries";
import { findContacts, saveNotificationSettings, type ContactRow } from "@/db/queries/notification-preferences";
import { findNotificationsByIds, redactNotificationSecret } from "@/db/queries/notifications";
import { composeDigest, composeEmail } from "@/lib/domain/notifications/compose-message";
import { categoryOf, isNotificationKind } from "@/lib/domain/notifications/kinds";
import type { NotificationLocale } from "@/lib/domain/notifications/templates";
import { witaDate } from "@/lib/domain/time/wita";
import type { Mailer } from "@/lib/mail/transport";
import { linkConfigFromEnv, messageLinks, type LinkConfig } from "./links";

export type DeliveryResult = { claimed: number; delivered: number; failed: number; error: string | null };

const groupIds = (pairs: Array<[string, number]>) => {
  const groups = new Map<string, number[]>();
  for (const [key, id] of pairs) groups.set(key, [...(groups.get(key) ?? []), id]);
  return groups;
};

const localeOf = (contact: ContactRow): NotificationLocale => (contact.locale === "en" ? "en" : "id");
const messageIdFor = (deliveryId: number | string) => `<notification-${deliveryId}@pasarumk>`;
export const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Sends one batch of due mail, each in its recipient's language, inside one transaction that holds the claimed
 * rows (SKIP LOCKED): a row is marked delivered only after the SMTP server accepted it, and a failure keeps it
 * pending with a capped backoff, so nothing is lost and no other worker sends it meanwhile. The Message-ID is
 * derived from the delivery, so in the one window where a crash after sending repeats a mail, the two are
 * recognisably the same message.
 */
export const deliverEmailBatch = async (db: Database, mailer: Mailer, options: { batchSize?: number; links?: LinkConfig } = {}): Promise<DeliveryResult> =>
  db.transaction(async (tx) => {
    const links = options.links ?? linkConfigFromEnv();
    const rows = await claimDueDeliveries(tx, { channel: "email", limit: options.batchSize ?? 100 });
    const result: DeliveryResult = { claimed: rows.length, delivered: 0, failed: 0, error: null };
    if (rows.length === 0) return result;
    const notes = new Map((await findNotificationsByIds(tx, rows.map((r) => r.notificationId))).map((n) => [n.id, n]));
    const contacts = new Map((await findContacts(tx, [...new Set([...notes.values()].map((n) => n.userId))])).map((c) => [c.userId, c]));

    const outcomes = await Promise.all(
      rows.map(async (row: ClaimedDelivery) => {
        const note = notes.get(row.notificationId);
        const contact = note ? contacts.get(note.userId) : undefined;
        if (!note || !contact || !isNotificationKind(note.kind)) return { row, providerId: "skipped:no-recipient", note };
        const mail = composeEmail({ kind: note.kind, params: note.params, locale: localeOf(contact), recipientName: contact.name, ...messageLinks(links, note.kind, note.userId, note.link, note.params) });
        try {
          const sent = await mailer.send({ ...mail, to: { name: contact.name, address: contact.email }, messageId: messageIdFor(row.id) });
          return { row, providerId: sent.providerId, note };
        } catch (error) {
          return { row, error: describeError(error), note };
        }
      }),
    );
    // One UPDATE per outcome kind, not per row: a batch of mail costs two statements, whatever its size.
    const failedOutcomes = outcomes.filter((o) => "error" in o && o.error) as Array<{ row: ClaimedDelivery; error: string }>;
    const sent = outcomes.filter((o) => !("error" in o && o.error)) as Array<{ row: ClaimedDelivery; providerId: string }>;
    for (const [error, ids] of groupIds(failedOutcomes.map((o) => [o.error, o.row.id]))) await markDeliveryFailed(tx, ids, error);
    await markDeliveredEach(tx, sent.map((o) => ({ id: o.row.id, providerId: o.providerId })));
    result.failed = failedOutcomes.length;
    result.delivered = sent.length;
    result.error = failedOutcomes[0]?.error ?? null;
    const accountMail = outcomes.filter((o) => !("error" in o && o.error) && o.note && isNotificationKind(o.note.kind) && categoryOf(o.note.kind) === "account");
    await redactNotificationSecret(tx, accountMail.map((o) => o.note!.id));
    return result;
  });

/**
 * Sends the daily digests that are due: one mail per person with every notification folded into it that day,
 * all of that person's rows claimed together, so a day is one mail even with several workers.
 */
export const deliverDigestBatch = async (db: Database, mailer: Mailer, now: Date, options: { users?: number; links?: LinkConfig } = {}): Promise<DeliveryResult> =>
  db.transaction(async (tx) => {
    const links = options.links ?? linkConfigFromEnv();
    const rows = await claimDueDigestRows(tx, { users: options.users ?? 20 });
    const result: DeliveryResult = { claimed: rows.length, delivered: 0, failed: 0, error: null };
    if (rows.length === 0) return result;
    const notes = new Map((await findNotificationsByIds(tx, rows.map((r) => r.notificationId))).map((n) => [n.id, n]));
    const contacts = new Map((await findContacts(tx, [...new Set(rows.map((r) => r.userId))])).map((c) => [c.userId, c]));
    const byUser = new Map<string, typeof rows>();
    for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);

    for (const [userId, userRows] of byUser) {
      const ids = userRows.map((r) => r.id);
      const contact = contacts.get(userId);
      const items = userRows.flatMap((r) => {
        const n = notes.get(r.notificationId);
        return n && isNotificationKind(n.kind) ? [{ kind: n.kind, params: n.params, actionUrl: messageLinks(links, n.kind, userId, n.link).actionUrl }] : [];
      });
      if (!contact || items.length === 0) {
        await markDelivered(tx, ids, "skipped:no-recipient");
        continue;
      }
      const day = witaDate(now);
      const mail = composeDigest({ locale: localeOf(contact), recipientName: contact.name, day, items, preferencesUrl: messageLinks(links, items[0]!.kind, userId, "/").preferencesUrl });
      try {
        const sent = await mailer.send({ ...mail, to: { name: contact.name, address: contact.email }, messageId: `<digest-${userId}-${day}-${ids[0]}@pasarumk>` });
        await markDelivered(tx, ids, sent.providerId);
        await saveNotificationSettings(tx, userId, { lastDigestOn: day }, now);
        result.delivered += ids.length;
      } catch (error) {
        await markDeliveryFailed(tx, ids, describeError(error));
        result.failed += ids.length;
        result.error ??= describeError(error);
      }
    }
    return result;
  });
