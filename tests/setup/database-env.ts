import { databaseUrl } from "./stack";

// Each test file gets its own database, cloned from the migrated template before its first test.
const name = `pasar_t_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
process.env.PASAR_TEST_DATABASE = name;
process.env.DATABASE_URL = databaseUrl(name);
process.env.MEILI_INDEX_PREFIX = `${name}_`;
