/**
 * `npm run dev` / `npm start`: one command that brings up Pasar UMK with real engines.
 * Postgres and Meilisearch are embedded unless DATABASE_URL / MEILI_HOST are set; data stays in DATA_DIR.
 * Ctrl-C or SIGTERM stops every child. A crashed embedded engine is restarted with backoff on the same port and
 * data (scripts/engines/supervise.ts); if Next dies, the whole runner stops with it.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { createPool } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { isDatabaseSeeded, seedDemoData } from "../db/seed";
import { writeDemoPictures } from "./demo-pictures";
import { DEMO_PASSWORD } from "../lib/domain/auth/sign-in-policy";
import { env, isProduction } from "../lib/env";
import { createSearchTarget } from "../lib/search/client";
import { ensureProductsIndex } from "../lib/search/ensure-index";
import { runSearchWorker } from "../lib/search/worker";
import { spawnManaged, stopAllChildren, waitUntilReady, type ManagedChild } from "./engines/children";
import { acquireRunnerLock } from "./engines/lock";
import { createLogTail } from "./engines/log-tail";
import { freePort, isPortFree } from "./engines/ports";
import { loadOrCreateSecrets, startEngines } from "./engines/stack";
import { startDevMail } from "./engines/mail";
import { startNotificationWorker } from "./notification-runner";
import type { Supervisor } from "./engines/supervise";
import { printProgress } from "./progress";

const production = process.argv.includes("--production");
const verbose = process.argv.includes("--verbose");
const DEFAULT_PORT = 3000;
const DEMO_ACCOUNTS = ["admin", "penjual", "pembeli", "ppk", "bendahara", "auditor", "mitra"].map((n) => `${n}@pasarumk.test`);

const say = (line: string) => process.stdout.write(`[pasar-umk] ${line}\n`);
const tail = createLogTail();
let shuttingDown = false;
let releaseLock = () => {};
let stopWorker = async () => {};
let stopNotifications = async () => {};
let stopMail = async () => {};
let supervisors: Supervisor[] = [];
let stopApp = async () => {};

const shutdown = async (code: number) => {
  if (shuttingDown) return;
  shuttingDown = true;
  say("stopping…");
  await stopWorker();
  await stopNotifications();
  // The app before the engines it talks to; the engines through their supervisors, so none is restarted meanwhile.
  await stopApp();
  await stopMail();
  await Promise.all(supervisors.map((s) => s.stop()));
  await stopAllChildren();
  releaseLock();
  say("stopped.");
  process.exit(code);
};

const pickWebPort = async () => {
  const requested = env().PORT;
  if (requested) {
    if (!(await isPortFree(requested))) throw new Error(`Port ${requested} (PORT) is already in use. Free it or choose another PORT.`);
    return requested;
  }
  if (await isPortFree(DEFAULT_PORT)) return DEFAULT_PORT;
  const port = await freePort();
  say(`port ${DEFAULT_PORT} is busy; using ${port} instead (set PORT to choose).`);
  return port;
};

const nextBin = () => path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

/** `next dev`/`next build` through Next's CLI; the production server through scripts/serve.mjs (it passes on the socket address). */
const runNext = (args: string[], childEnv: NodeJS.ProcessEnv): ManagedChild =>
  spawnManaged("next", process.execPath, args[0] === "start" ? [path.join(process.cwd(), "scripts", "serve.mjs"), ...args.slice(1)] : [nextBin(), ...args], {
    env: childEnv,
    onOutput: (line) => process.stdout.write(`[next] ${line}\n`),
  });

const ensureProductionBuild = async (childEnv: NodeJS.ProcessEnv) => {
  if (existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) return;
  say("no production build yet: running next build (about 30 s)…");
  const { code } = await runNext(["build"], childEnv).exited;
  if (code !== 0) throw new Error("next build failed (see above)");
};

const printStatus = (url: string, dataDir: string, engines: { postgres: boolean; meilisearch: boolean }, mailCaught: boolean) => {
  const rows = [
    `Pasar UMK is running at ${url}`,
    `mode:        ${production ? "production build (next start)" : "development (next dev)"}`,
    `data:        ${dataDir}`,
    `postgres:    ${engines.postgres ? "embedded" : "DATABASE_URL"}   meilisearch: ${engines.meilisearch ? "bundled binary" : "MEILI_HOST"}`,
    `mail:        ${mailCaught ? (production ? "caught locally (SMTP catcher; set SMTP_URL to send)" : `caught locally, read it at ${url}/dev/surat`) : "SMTP_URL"}`,
    production
      ? `demo accounts exist but their password is refused under NODE_ENV=production (use npm run dev to try them)`
      : `demo accounts (password ${DEMO_PASSWORD}):`,
    ...(production ? [] : DEMO_ACCOUNTS.map((a) => `  ${a}`)),
    `Ctrl-C stops everything.`,
  ];
  const width = Math.max(...rows.map((r) => r.length)) + 2;
  const line = "─".repeat(width);
  process.stdout.write(`\n┌${line}┐\n${rows.map((r) => `│ ${r.padEnd(width - 1)}│`).join("\n")}\n└${line}┘\n\n`);
};

/** Ensures the products index (rebuilding an empty one), then keeps it in step with the outbox in-process. */
const startSearchWorker = async (engines: { databaseUrl: string; meiliHost: string; meiliMasterKey: string }) => {
  const pool = createPool(engines.databaseUrl, 3, { statementTimeoutMs: 0 }); // a rebuild reads every product
  const search = createSearchTarget({ host: engines.meiliHost, apiKey: engines.meiliMasterKey, indexPrefix: env().MEILI_INDEX_PREFIX });
  try {
    const ensured = await ensureProductsIndex(pool.db, { search, onProgress: printProgress("indexing products") });
    if (ensured.reindexed) say(`search index rebuilt: ${ensured.documents} products.`);
  } catch (error) {
    say(`search index not ready (${error instanceof Error ? error.message : String(error)}); the worker keeps retrying.`);
  }
  const controller = new AbortController();
  const running = runSearchWorker({
    signal: controller.signal,
    db: pool.db,
    search,
    log: (line) => say(`[search] ${line}`),
  });
  stopWorker = async () => {
    controller.abort();
    // The batch in hand finishes first, unless its engine is the thing that went away.
    await Promise.race([running, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    await pool.sql.end({ timeout: 5 });
  };
};

const main = async () => {
  const dataDir = path.resolve(env().DATA_DIR);
  releaseLock = acquireRunnerLock(dataDir);
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  process.on("SIGHUP", () => void shutdown(0));
  // npm does not pass SIGTERM on to its script: if whoever started us goes away, we are orphaned; stop.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void shutdown(0), 1_000).unref();

  const port = await pickWebPort();
  const started = Date.now();
  say(`starting engines in ${dataDir}…`);
  const engines = await startEngines({
    dataDir,
    databaseName: "pasar_umk",
    log: (source, line) => (verbose ? say(`[${source}] ${line}`) : tail.push(source, line)),
    // Production mode makes Meilisearch insist on a master key of 16+ bytes (ours has 32) and drop its preview UI.
    meilisearchMode: production || isProduction() ? "production" : "development",
    supervise: { say },
  });
  supervisors = engines.supervisors;
  await migrateDatabase(engines.databaseUrl);

  const pool = createPool(engines.databaseUrl, 2, { statementTimeoutMs: 0 });
  try {
    if (await isDatabaseSeeded(pool.db)) {
      say("database already has data: not seeding.");
    } else {
      const summary = await seedDemoData(pool.db, { now: new Date(), onProgress: printProgress("seeding NTB demo data") });
      say(`seeded ${summary.businesses} businesses, ${summary.products} products, ${summary.users} users.`);
      // Rendered while the rest starts (they only fill the media store); the page shows its fallback until then.
      const picturesStarted = Date.now();
      const picturesPool = createPool(engines.databaseUrl, 1, { statementTimeoutMs: 0 });
      void writeDemoPictures(picturesPool.db)
        .then((p) => say(`drew ${p.files} demo pictures (${p.renders} illustrations) in ${Date.now() - picturesStarted} ms.`))
        .catch((error: unknown) => say(`demo pictures not drawn: ${String(error)}`))
        .finally(() => picturesPool.sql.end({ timeout: 5 }));
    }
  } finally {
    await pool.sql.end({ timeout: 5 });
  }

  await startSearchWorker(engines);

  const secrets = await loadOrCreateSecrets(dataDir);
  const url = `http://localhost:${port}`;
  const mail = await startDevMail(dataDir, env().SMTP_URL);
  stopMail = async () => mail.catcher?.stop();
  const nextauthSecret = env().NEXTAUTH_SECRET ?? secrets.nextauthSecret;
  stopNotifications = startNotificationWorker({
    databaseUrl: engines.databaseUrl,
    smtpUrl: mail.smtpUrl,
    links: { baseUrl: env().NEXTAUTH_URL ?? url, secret: nextauthSecret },
    log: (line) => say(`[notifications] ${line}`),
    ...(mail.devMailDir && !production ? { devMailDir: mail.devMailDir } : {}),
  });
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: engines.databaseUrl,
    MEILI_HOST: engines.meiliHost,
    MEILI_MASTER_KEY: engines.meiliMasterKey,
    NEXTAUTH_SECRET: nextauthSecret,
    SMTP_URL: mail.smtpUrl,
    ...(mail.devMailDir ? { DEV_MAIL_DIR: mail.devMailDir } : {}),
    NEXTAUTH_URL: env().NEXTAUTH_URL ?? url,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
  };
  if (production) await ensureProductionBuild(childEnv);
  const next = runNext([production ? "start" : "dev", "--port", String(port)], childEnv);
  stopApp = next.stop;
  void next.exited.then(({ code, signal }) => {
    if (shuttingDown) return;
    say(`next exited unexpectedly (code ${code}, signal ${signal}).`);
    void shutdown(1);
  });
  await waitUntilReady(next, async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).status < 500, 120_000);
  printStatus(url, dataDir, engines.embedded, Boolean(mail.catcher));
  say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

main().catch(async (error: unknown) => {
  process.stderr.write(`\n[pasar-umk] could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  const recent = tail.dump();
  if (recent) process.stderr.write(`last engine output:\n${recent}\n`);
  await shutdown(1);
});
