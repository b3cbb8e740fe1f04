import postgres from "postgres";
import { closeDb } from "@/db/client";
import { flushDemandLog } from "@/lib/services/catalog/demand-log";
import { flushExposureCounts } from "@/lib/services/exposure/exposure-counter";
import { testStack } from "./stack";

const name = process.env.PASAR_TEST_DATABASE!;

// Many files seed their own database in beforeAll (seconds on a busy 2-core machine), beyond Jest's 5 s
// default for hooks; this is a limit on waiting, never a timing assertion. Files may raise it further.
jest.setTimeout(30_000);

const admin = async <T>(run: (sql: postgres.Sql) => Promise<T>) => {
  const sql = postgres(testStack().adminDatabaseUrl, { max: 1, onnotice: () => undefined });
  try {
    return await run(sql);
  } finally {
    await sql.end({ timeout: 1 });
  }
};

beforeAll(async () => {
  await admin((sql) => sql.unsafe(`CREATE DATABASE "${name}" TEMPLATE "${testStack().template}"`));
});

afterAll(async () => {
  // Buffered rows (exposure counts, the demand log) go out before the pool closes, not from a timer afterwards.
  await Promise.all([flushExposureCounts(), flushDemandLog()]);
  await closeDb();
  await admin((sql) => sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
});
