import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env, requireEnv } from "@/lib/env";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
/** A handle that is either the pool or an open transaction, so queries run inside or outside one. */
export type DbOrTx = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

type Pool = { db: Database; sql: postgres.Sql };

// Kept on globalThis so Next's hot reload reuses one pool instead of leaking connections.
const holder = globalThis as unknown as { __pasarPool?: Pool };

/** Seconds to open a connection: with Postgres down or unreachable a request fails fast instead of hanging. */
const CONNECT_TIMEOUT_S = 2;
/** Idle connections close after this long, so a pool does not keep sockets to a server that restarted. */
const IDLE_TIMEOUT_S = 30;

export const createPool = (
  url: string,
  max = env().DATABASE_POOL_MAX,
  options: { statementTimeoutMs?: number } = {},
): Pool => {
  const statementTimeoutMs = options.statementTimeoutMs ?? env().DATABASE_STATEMENT_TIMEOUT_MS;
  const sql = postgres(url, {
    max,
    connect_timeout: CONNECT_TIMEOUT_S,
    idle_timeout: IDLE_TIMEOUT_S,
    // A startup parameter, so it holds on every connection of the pool; SET LOCAL can raise it for one transaction.
    connection: { statement_timeout: statementTimeoutMs },
    onnotice: () => undefined,
  });
  return { sql, db: drizzle(sql, { schema }) };
};

const pool = (): Pool => (holder.__pasarPool ??= createPool(requireEnv("DATABASE_URL")));

/** The app's database; connects on first use, so importing it never opens a connection. */
export const db: Database = new Proxy({} as Database, {
  get: (_target, property) => Reflect.get(pool().db, property),
});

export const closeDb = async () => {
  const current = holder.__pasarPool;
  holder.__pasarPool = undefined;
  await current?.sql.end({ timeout: 5 });
};
