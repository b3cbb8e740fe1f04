import { setTimeout as sleep } from "node:timers/promises";
import { db as appDb, type Database } from "@/db/client";
import { pruneDelivered, releaseDeliveryBackoff } from "@/db/queries/notification-deliveries";
import { env } from "@/lib/env";
import type { Mailer } from "@/lib/mail/transport";
import type { WhatsAppSender } from "@/lib/whatsapp/cloud-api";
import { deliverDigestBatch, deliverEmailBatch, describeError, type DeliveryResult } from "./deliver-email";
import { deliverWhatsAppBatch } from "./deliver-whatsapp";
import { linkConfigFromEnv, type LinkConfig } from "./links";
import { runNotificationSweeps } from "./sweeps";

export type NotificationWorkerOptions = {
  signal: AbortSignal;
  db?: Database;
  /** null: no SMTP configured; mail stays queued (and visible to the admin) until one is. */
  mailer: Mailer | null;
  whatsapp: WhatsAppSender | null;
  batchSize?: number;
  /** Mail batches sent concurrently; NOTIFICATION_MAIL_LANES when absent. */
  mailLanes?: number;
  /** Pause when nothing is due: bounds commit-to-delivery latency. */
  idleMs?: number;
  /** Pause between probes while a transport or the database is down. */
  retryMs?: number;
  /** How often the time-based sweeps run (expiring certificates, waiting requests, overdue payments). */
  sweepEveryMs?: number;
  keepDeliveredMs?: number;
  log?: (line: string) => void;
  now?: () => Date;
  /** Base URL and signing secret for links; from the environment when absent. */
  links?: LinkConfig;
};

const HOUR = 3_600_000;

const wait = async (ms: number, signal: AbortSignal) => {
  try {
    await sleep(ms, undefined, { signal });
  } catch {
    /* aborted: the loop checks the signal */
  }
};

/** A batch where every claimed row failed means the transport is down, not that one message was bad. */
const isOutage = (r: DeliveryResult) => r.claimed > 0 && r.failed === r.claimed;

const sumResults = (results: DeliveryResult[]): DeliveryResult => ({
  claimed: results.reduce((n, r) => n + r.claimed, 0),
  delivered: results.reduce((n, r) => n + r.delivered, 0),
  failed: results.reduce((n, r) => n + r.failed, 0),
  error: results.find((r) => r.error)?.error ?? null,
});

/**
 * Delivers queued notifications until `signal` aborts: mail one by one and as daily digests, WhatsApp for people
 * who opted in, and the hourly sweeps that notice what time alone changes. Never throws. When SMTP is down it
 * logs once, leaves the rows queued with their backoff, probes every `retryMs`, and on recovery makes the
 * backed-off rows due at once — so an outage delays mail but loses none.
 */
export const runNotificationWorker = async (options: NotificationWorkerOptions): Promise<void> => {
  const { signal, mailer, whatsapp } = options;
  const db = options.db ?? appDb;
  const mailLanes = options.mailLanes ?? env().NOTIFICATION_MAIL_LANES;
  const idleMs = options.idleMs ?? 250;
  const retryMs = options.retryMs ?? 2_000;
  const sweepEveryMs = options.sweepEveryMs ?? HOUR;
  const keepDeliveredMs = options.keepDeliveredMs ?? 30 * 24 * HOUR;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => process.stdout.write(`[notifications] ${line}\n`));
  const links = options.links ?? linkConfigFromEnv();
  if (!mailer) log("no SMTP_URL: mail stays queued until one is configured.");

  let mailDown: string | null = null;
  let databaseDown = false;
  let nextSweepAt = 0;
  let nextPruneAt = 0;

  while (!signal.aborted) {
    try {
      if (mailer && mailDown) {
        try {
          await mailer.verify();
          const released = await releaseDeliveryBackoff(db, "email");
          log(`mail server is back${released ? `; ${released} queued mails due again` : ""}.`);
          mailDown = null;
        } catch {
          await wait(retryMs, signal);
          continue;
        }
      }
      let busy = false;
      if (mailer) {
        const lanes = Array.from({ length: mailLanes }, () => deliverEmailBatch(db, mailer, { batchSize: options.batchSize, links }));
        const mail = sumResults(await Promise.all(lanes));
        const digest = await deliverDigestBatch(db, mailer, now(), { links });
        busy ||= mail.claimed > 0 || digest.claimed > 0;
        if (isOutage(mail)) {
          mailDown = mail.error;
          log(`mail server unavailable (${mail.error}); ${mail.failed} mails stay queued, probing every ${retryMs} ms.`);
        }
      }
      if (whatsapp) {
        const wa = await deliverWhatsAppBatch(db, whatsapp, { links });
        busy ||= wa.claimed > 0;
        if (wa.failed > 0) log(`${wa.failed} WhatsApp messages failed and will be retried: ${wa.error}`);
      }
      if (Date.now() >= nextSweepAt) {
        nextSweepAt = Date.now() + sweepEveryMs;
        const swept = await runNotificationSweeps(db, now());
        if (swept > 0) log(`${swept} notifications from the scheduled checks.`);
      }
      if (Date.now() >= nextPruneAt) {
        nextPruneAt = Date.now() + HOUR;
        await pruneDelivered(db, new Date(now().getTime() - keepDeliveredMs));
      }
      if (databaseDown) log("database is back.");
      databaseDown = false;
      if (!busy) await wait(idleMs, signal);
    } catch (error) {
      // Only Postgres failures reach here: transport failures are recorded on the rows.
      if (!databaseDown) log(`database unavailable: ${describeError(error)}; retrying every ${retryMs} ms.`);
      databaseDown = true;
      await wait(retryMs, signal);
    }
  }
};
