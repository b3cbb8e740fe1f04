/**
 * `npm run db:seed`: NTB demo data on an empty database. `-- --reset` drops everything first (the audit
 * trail included, which is why it is refused in production) and seeds again.
 */
import postgres from "postgres";
import { createPool } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { isDatabaseSeeded, seedDemoData } from "../db/seed";
import { writeDemoPictures } from "./demo-pictures";
import { isProduction } from "../lib/env";
import { printProgress } from "./progress";
import { withDatabase } from "./with-database";

const reset = process.argv.includes("--reset");

void withDatabase(async (url) => {
  if (isProduction()) throw new Error("Demo seeding is refused when NODE_ENV=production.");
  if (reset) {
    const sql = postgres(url, { max: 1, onnotice: () => undefined });
    await sql.unsafe("DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    await sql.end();
    process.stdout.write("database reset.\n");
  }
  await migrateDatabase(url);
  const pool = createPool(url, 2, { statementTimeoutMs: 0 });
  try {
    if (await isDatabaseSeeded(pool.db)) {
      process.stdout.write("database already has data; use `npm run db:seed -- --reset` to start over.\n");
      return;
    }
    const summary = await seedDemoData(pool.db, { now: new Date(), onProgress: printProgress("seeding") });
    process.stdout.write(`${JSON.stringify({ ...summary, demoPictures: (await writeDemoPictures(pool.db)).files })}\n`);
  } finally {
    await pool.sql.end({ timeout: 5 });
  }
});
