/**
 * `npm run worker`: the outbox workers for production (`npm run dev` runs them in-process): the search outbox
 * (needs DATABASE_URL and MEILI_HOST + MEILI_MASTER_KEY) and notification delivery (SMTP_URL, MAIL_FROM,
 * NEXTAUTH_URL for links, NEXTAUTH_SECRET for unsubscribe links; WHATSAPP_* optional). Drains until SIGINT or
 * SIGTERM, finishing the batch in hand before it exits. Run one or several: drains never collide.
 */
import { closeDb } from "../db/client";
import { env } from "../lib/env";
import { defaultMailer } from "../lib/mail/transport";
import { runSearchWorker } from "../lib/search/worker";
import { runNotificationWorker } from "../lib/services/notifications/notification-worker";
import { defaultWhatsAppSender } from "../lib/whatsapp/cloud-api";

const main = async () => {
  const { DATABASE_URL, MEILI_HOST } = env();
  if (!DATABASE_URL || !MEILI_HOST) {
    throw new Error("Set DATABASE_URL and MEILI_HOST (and MEILI_MASTER_KEY). In development, `npm run dev` already runs the workers.");
  }
  const controller = new AbortController();
  const stop = (signal: string) => {
    if (controller.signal.aborted) return;
    process.stdout.write(`[worker] ${signal}: finishing the current batches…\n`);
    controller.abort();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  const mailer = defaultMailer();
  await Promise.all([
    runSearchWorker({ signal: controller.signal }),
    runNotificationWorker({ signal: controller.signal, mailer, whatsapp: defaultWhatsAppSender() }),
  ]);
  mailer?.close();
  await closeDb();
  process.stdout.write("[worker] stopped.\n");
};

main().catch((error: unknown) => {
  process.stderr.write(`[worker] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
