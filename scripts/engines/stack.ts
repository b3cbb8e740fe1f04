import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "../../lib/env";
import { startMeilisearch } from "./meilisearch";
import { freePort } from "./ports";
import { ensureDatabase, startPostgres } from "./postgres";

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
}): Promise<Engines> => {
  const { dataDir, databaseName, log, withSearch = true } = options;
  const secrets = await loadOrCreateSecrets(dataDir);
  const configured = env();

  let databaseUrl = configured.DATABASE_URL;
  let adminDatabaseUrl: string | undefined;
  if (!databaseUrl) {
    const pg = await startPostgres({
      dataDir: path.resolve(dataDir, "postgres"),
      port: await freePort(),
      password: secrets.postgresPassword,
      log: (line) => log("postgres", line),
    });
    adminDatabaseUrl = pg.url("postgres");
    await ensureDatabase(adminDatabaseUrl, databaseName);
    databaseUrl = pg.url(databaseName);
  }

  let meiliHost = configured.MEILI_HOST;
  let meiliMasterKey = configured.MEILI_MASTER_KEY ?? "";
  if (!meiliHost && withSearch) {
    const meili = await startMeilisearch({
      dataDir: path.resolve(dataDir, "meilisearch"),
      port: await freePort(),
      masterKey: secrets.meiliMasterKey,
      log: (line) => log("meilisearch", line),
    });
    meiliHost = meili.host;
    meiliMasterKey = secrets.meiliMasterKey;
  }

  return {
    databaseUrl,
    adminDatabaseUrl,
    meiliHost: meiliHost ?? "",
    meiliMasterKey,
    embedded: { postgres: !configured.DATABASE_URL, meilisearch: withSearch && !configured.MEILI_HOST },
  };
};
