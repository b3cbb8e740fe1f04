import { db } from "@/db/client";
import { deliveryBacklog, failedDeliveries, releaseDeliveryBackoff } from "@/db/queries/notification-deliveries";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { env } from "@/lib/env";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";

const CHANNELS = ["email", "whatsapp"] as const;

/** What an admin needs when people are not told: per channel the backlog and what failed, and whether SMTP is set. */
export const getNotificationDeliveryStatus = async (viewer: Viewer | null) => {
  authorize(viewer, "notification_delivery.operate");
  const [backlog, failures] = await Promise.all([deliveryBacklog(db), failedDeliveries(db, { limit: 50 })]);
  return {
    mailConfigured: Boolean(env().SMTP_URL),
    channels: CHANNELS.map((channel) => {
      const row = backlog.find((b) => b.channel === channel);
      return { channel, pending: row?.pending ?? 0, failing: row?.failing ?? 0, oldestCreatedAt: row?.oldestCreatedAt ?? null };
    }),
    failures,
  };
};

/** Makes every backed-off delivery due now (after fixing the cause), so the worker retries at once; audited. */
export const retryNotificationDeliveryNow = async (viewer: Viewer | null) => {
  authorize(viewer, "notification_delivery.operate");
  return db.transaction(async (tx) => {
    let released = 0;
    for (const channel of CHANNELS) released += await releaseDeliveryBackoff(tx, channel);
    await appendAuditEvent(tx, { actor: actorOf(viewer), action: "notifications.retry_requested", entity: "notification_deliveries", entityId: "all", data: { released } });
    return { released };
  });
};
