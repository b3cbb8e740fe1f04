import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "../../lib/env";
import type { ManagedChild } from "./children";
import { startMeilisearch, type MeilisearchMode } from "./meilisearch";
import { freePort } from "./ports";
import { ensureDatabase, startPostgres } from "./postgres";
import type { RestartPolicy } from "./restart-policy";
import { superviseEngine, type Supervisor } from "./supervise";

export type Secrets = { postgresPassword: string; meiliMasterKey: string; nextauthSecret: string };

/** Generated once per data folder and kept there, so a restart reuses the same keys and data. */
export const loadOrCreateSecrets = async (dataDir: string): Promise<Secrets> => {
  const file = path.join(dataDir, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Secrets;
  const secrets: Secrets = {
    postgresPassword: randomBytes(18).toString("base64url"),
    meiliMasterKey: randomBytes(24).toString("base64url"),
    nextauthSecret: randomBytes(32).toString("base64url"),
  };
  await fs.mkdir(dataDir, { recursive: true });
  await fs.writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
};

export type Engines = {
  databaseUrl: string;
  /** Connects to the maintenance database (to create per-test databases); only for embedded Postgres. */
  adminDatabaseUrl?: string;
  meiliHost: string;
  meiliMasterKey: string;
  embedded: { postgres: boolean; meilisearch: boolean };
  /** One per embedded engine when started with `supervise`; stop them before the other children. */
  supervisors: Supervisor[];
};

/**
 * Uses DATABASE_URL / MEILI_HOST when set; otherwise starts embedded Postgres and the bundled
 * Meilisearch on free ports with their data under dataDir.
 */
export const startEngines = async (options: {
  dataDir: string;
  databaseName: string;
  log: (source: string, line: string) => void;
  /** Scripts that only touch the database (migrate, seed) skip Meilisearch. */
  withSearch?: boolean;
  meilisearchMode?: MeilisearchMode;
  /** The long-running runner restarts an embedded engine that crashes, telling the person through `say`. */
  supervise?: { say: (line: string) => void; policy?: RestartPolicy };
}): Promise<Engines> => {
  const { dataDir, databaseName, log, withSearch = true, supervise } = options;
  const secrets = await loadOrCreateSecrets(dataDir);
  const configured = env();
  const supervisors: Supervisor[] = [];
  /** Starts an engine and, when supervising, restarts it on the same port and data with the same call. */
  const started = async <T extends { child: ManagedChild }>(name: string, start: () => Promise<T>): Promise<T> => {
    const first = await start();
    if (supervise) {
      supervisors.push(superviseEngine({ name, child: first.child, restart: async () => (await start()).child, ...supervise }));
    }
    return first;
  };

  let databaseUrl = configured.DATABASE_URL;
  let adminDatabaseUrl: string | undefined;
  if (!databaseUrl) {
    const settings = {
      dataDir: path.resolve(dataDir, "postgres"),
      port: await freePort(),
      password: secrets.postgresPassword,
      log: (line: string) => log("postgres", line),
    };
    const pg = await started("PostgreSQL", () => startPostgres(settings));
    adminDatabaseUrl = pg.url("postgres");
    await ensureDatabase(adminDatabaseUrl, databaseName);
    databaseUrl = pg.url(databaseName);
  }

  let meiliHost = configured.MEILI_HOST;
  let meiliMasterKey = configured.MEILI_MASTER_KEY ?? "";
  if (!meiliHost && withSearch) {
    const settings = {
      dataDir: path.resolve(dataDir, "meilisearch"),
      port: await freePort(),
      masterKey: secrets.meiliMasterKey,
      mode: options.meilisearchMode,
      log: (line: string) => log("meilisearch", line),
    };
    const meili = await started("Meilisearch", () => startMeilisearch(settings));
    meiliHost = meili.host;
    meiliMasterKey = secrets.meiliMasterKey;
  }

  return {
    databaseUrl,
    adminDatabaseUrl,
    meiliHost: meiliHost ?? "",
    meiliMasterKey,
    embedded: { postgres: !configured.DATABASE_URL, meilisearch: withSearch && !configured.MEILI_HOST },
    supervisors,
  };
};
