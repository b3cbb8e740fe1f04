/**
 * `npm run bench:notifications`: a fan-out of 10,000 notifications (5 state changes × 2,000 recipients, each with
 * a mail) through the real SMTP catcher, delivered by the notification worker; reports throughput and the time from
 * each change's commit to each mail's arrival (p50/p95/max). Real Postgres in a temp folder; numbers are for
 * reading, never asserted.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../db/migrate";
import { stopAllChildren } from "../scripts/engines/children";
import { freePort } from "../scripts/engines/ports";
import { ensureDatabase, startPostgres } from "../scripts/engines/postgres";
import { makeEngineTempDir } from "../scripts/engines/temp-dir";

const RECIPIENTS = 2_000;
const CHANGES = 5;
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const LANES = Number(process.env.BENCH_LANES ?? 4);

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

const main = async () => {
  const dir = makeEngineTempDir("pasar-bench-notify-");
  const mailDir = mkdtempSync(path.join(os.tmpdir(), "pasar-bench-mail-"));
  try {
    const pg = await startPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), password: "bench-password", log: () => undefined });
    await ensureDatabase(pg.url("postgres"), "bench");
    await migrateDatabase(pg.url("bench"));
    process.env.DATABASE_URL = pg.url("bench");
    process.env.DATABASE_POOL_MAX = "12";
    const { db, closeDb } = await import("../db/client");
    const { sql } = await import("drizzle-orm");
    const { startMailCatcher } = await import("../lib/mail/catcher");
    const { smtpMailer } = await import("../lib/mail/transport");
    const { notify } = await import("../lib/services/notifications/notify");
    const { runNotificationWorker } = await import("../lib/services/notifications/notification-worker");

    await db.execute(sql`
      INSERT INTO users (email, name, email_verified_at)
      SELECT 'bench' || g || '@pasarumk.test', 'Penjual ' || g, now() FROM generate_series(1, ${RECIPIENTS}) g`);
    const userIds = ((await db.execute(sql`SELECT id FROM users ORDER BY email`)) as unknown as Array<{ id: string }>).map((r) => r.id);

    const catcher = await startMailCatcher({ dir: mailDir });
    const controller = new AbortController();
    const connections = process.env.BENCH_SMTP_CONNECTIONS;
    // BENCH_SMTP_CONNECTIONS / BENCH_SMTP_MAX_MESSAGES replace the catcher's pool (e.g. 8 / 100: what a relay gets).
    const smtp = new URL(catcher.url);
    if (connections) smtp.searchParams.set("maxConnections", connections);
    if (process.env.BENCH_SMTP_MAX_MESSAGES) smtp.searchParams.set("maxMessages", process.env.BENCH_SMTP_MAX_MESSAGES);
    const smtpUrl = smtp.toString();
    const mailers = Array.from({ length: WORKERS }, () => smtpMailer(smtpUrl));
    const links = { baseUrl: "http://pasar.test", secret: "bench-secret-0123456789" };
    const workers = mailers.map((mailer) =>
      runNotificationWorker({ signal: controller.signal, db, mailer, whatsapp: null, links, mailLanes: LANES, idleMs: 50, sweepEveryMs: 3_600_000, log: () => undefined }),
    );

    const committedAt: number[] = [];
    const started = Date.now();
    for (let i = 0; i < CHANGES; i += 1) {
      await db.transaction((tx) =>
        notify(tx, {
          kind: "opportunity.published",
          to: { userIds },
          params: { categoryName: "Kain tenun", queries: `songket ${i}`, isoWeek: "2026-W48" },
          link: "/peluang",
          dedupeKey: `bench:${i}`,
          at: new Date(),
        }),
      );
      committedAt.push(Date.now());
    }
    const total = RECIPIENTS * CHANGES;
    const fanOutMs = Date.now() - started;
    for (;;) {
      const delivered = readdirSync(mailDir).length;
      if (delivered >= total) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const doneAt = Date.now();
    controller.abort();
    await Promise.all(workers);
    mailers.forEach((m) => m.close());
    await catcher.stop();

    // Each caught file is named by its arrival time; the subject names the change (songket i).
    const arrivals = readdirSync(mailDir).map((name) => Number(name.split("-")[0]));
    const perChange = RECIPIENTS;
    const sortedArrivals = [...arrivals].sort((a, b) => a - b);
    // Mail is delivered oldest first; attribute arrivals to changes in commit order for the latency.
    const latencies = sortedArrivals.map((at, i) => at - committedAt[Math.min(CHANGES - 1, Math.floor(i / perChange))]!);
    const [dup] = (await db.execute(sql`SELECT count(*)::int AS n FROM notification_deliveries WHERE processed_at IS NULL`)) as unknown as Array<{ n: number }>;
    console.log(`| notifications | workers × lanes | fan-out writes | delivered | throughput | commit→mail p50 | p95 | max | left pending |`);
    console.log(`|---|---|---|---|---|---|---|---|---|`);
    console.log(
      `| ${total.toLocaleString("en")} (${CHANGES} × ${RECIPIENTS.toLocaleString("en")}) | ${WORKERS} × ${LANES} | ${fanOutMs} ms | ${arrivals.length.toLocaleString("en")} | ${(total / ((doneAt - started) / 1000)).toFixed(0)} mails/s | ${(percentile(latencies, 50) / 1000).toFixed(2)} s | ${(percentile(latencies, 95) / 1000).toFixed(2)} s | ${(Math.max(...latencies) / 1000).toFixed(2)} s | ${dup!.n} |`,
    );
    await closeDb();
  } finally {
    await stopAllChildren();
    rmSync(dir, { recursive: true, force: true });
    rmSync(mailDir, { recursive: true, force: true });
  }
};

main().catch(async (error: unknown) => {
  console.error(error);
  await stopAllChildren();
  process.exit(1);
});
