import { databaseUrl } from "./stack";

// Each test file gets its own database, cloned from the migrated template before its first test.
const name = `pasar_t_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
process.env.PASAR_TEST_DATABASE = name;
process.env.DATABASE_URL = databaseUrl(name);
process.env.MEILI_INDEX_PREFIX = `${name}_`;
// The app's 5 s statement timeout guards production; on a 2-core machine running many suites a seed statement
// may be slower than that, and a test must not fail on speed. The outage tests set their own.
process.env.DATABASE_STATEMENT_TIMEOUT_MS ??= "30000";
