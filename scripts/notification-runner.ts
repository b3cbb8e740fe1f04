import { createPool } from "../db/client";
import { smtpMailer } from "../lib/mail/transport";
import type { LinkConfig } from "../lib/services/notifications/links";
import { runNotificationWorker } from "../lib/services/notifications/notification-worker";
import { defaultWhatsAppSender } from "../lib/whatsapp/cloud-api";
import { devInboxSender } from "../lib/whatsapp/dev-inbox";

/**
 * Runs the notification worker in this process on its own small pool; returns how to stop it. `devMailDir`
 * (development without WHATSAPP_TOKEN) keeps WhatsApp messages beside the caught mail, as the app does.
 */
export const startNotificationWorker = (options: { databaseUrl: string; smtpUrl: string; from?: string; links: LinkConfig; log: (line: string) => void; devMailDir?: string }) => {
  const pool = createPool(options.databaseUrl, 2);
  const mailer = smtpMailer(options.smtpUrl, options.from);
  const controller = new AbortController();
  const running = runNotificationWorker({ signal: controller.signal, db: pool.db, mailer, whatsapp: defaultWhatsAppSender() ?? (options.devMailDir ? devInboxSender(options.devMailDir) : null), links: options.links, log: options.log });
  return async () => {
    controller.abort();
    await Promise.race([running, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    mailer.close();
    await pool.sql.end({ timeout: 5 });
  };
};
