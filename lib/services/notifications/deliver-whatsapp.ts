import type { Database } from "@/db/client";
import { claimDueDeliveries, markDelivered, markDeliveryFailed } from "@/db/queries/notification-deliveries";
import { findContacts } from "@/db/queries/notification-preferences";
import { findNotificationsByIds } from "@/db/queries/notifications";
import { composeWhatsApp } from "@/lib/domain/notifications/compose-message";
import { isNotificationKind } from "@/lib/domain/notifications/kinds";
import type { WhatsAppSender } from "@/lib/whatsapp/cloud-api";
import { describeError, type DeliveryResult } from "./deliver-email";
import { linkConfigFromEnv, messageLinks, type LinkConfig } from "./links";

/**
 * Sends one batch of due WhatsApp messages through the Cloud API port, with the same claim/mark discipline as
 * mail. A person who withdrew consent or whose number is no longer verified since the row was queued is skipped,
 * not messaged: consent is checked at the moment of sending.
 */
export const deliverWhatsAppBatch = async (db: Database, sender: WhatsAppSender, options: { batchSize?: number; links?: LinkConfig } = {}): Promise<DeliveryResult> =>
  db.transaction(async (tx) => {
    const links = options.links ?? linkConfigFromEnv();
    const rows = await claimDueDeliveries(tx, { channel: "whatsapp", limit: options.batchSize ?? 20 });
    const result: DeliveryResult = { claimed: rows.length, delivered: 0, failed: 0, error: null };
    if (rows.length === 0) return result;
    const notes = new Map((await findNotificationsByIds(tx, rows.map((r) => r.notificationId))).map((n) => [n.id, n]));
    const contacts = new Map((await findContacts(tx, [...new Set([...notes.values()].map((n) => n.userId))])).map((c) => [c.userId, c]));
    for (const row of rows) {
      const note = notes.get(row.notificationId);
      const contact = note ? contacts.get(note.userId) : undefined;
      const ready = contact?.isActive && contact.whatsappOptIn && contact.whatsappVerifiedAt && contact.whatsappPhone;
      if (!note || !contact || !ready || !isNotificationKind(note.kind)) {
        await markDelivered(tx, [row.id], "skipped:not-opted-in");
        result.delivered += 1;
        continue;
      }
      const text = composeWhatsApp({ kind: note.kind, params: note.params, locale: contact.locale === "en" ? "en" : "id", actionUrl: messageLinks(links, note.kind, note.userId, note.link).actionUrl });
      try {
        const sent = await sender.send({ to: contact.whatsappPhone!, text });
        await markDelivered(tx, [row.id], sent.providerId);
        result.delivered += 1;
      } catch (error) {
        await markDeliveryFailed(tx, [row.id], describeError(error));
        result.failed += 1;
        result.error ??= describeError(error);
      }
    }
    return result;
  });
