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

export const createPool = (url: string, max = env().DATABASE_POOL_MAX): Pool => {
  const sql = postgres(url, { max, onnotice: () => undefined });
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
