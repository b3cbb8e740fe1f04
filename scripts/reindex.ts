/**
 * `npm run reindex`: rebuilds the products index from Postgres into a fresh index and swaps it in
 * atomically (search keeps answering throughout). Uses DATABASE_URL / MEILI_HOST when set; otherwise the
 * embedded engines in DATA_DIR (refused while `npm run dev` holds that folder — the dev runner already
 * keeps its index in step).
 */
import path from "node:path";
import { createPool } from "../db/client";
import { env } from "../lib/env";
import { createSearchTarget } from "../lib/search/client";
import { reindexProducts } from "../lib/search/reindex";
import { stopAllChildren } from "./engines/children";
import { acquireRunnerLock } from "./engines/lock";
import { startEngines } from "./engines/stack";
import { printProgress } from "./progress";

const main = async () => {
  const configured = env();
  const dataDir = path.resolve(configured.DATA_DIR);
  const release = configured.DATABASE_URL && configured.MEILI_HOST ? () => {} : acquireRunnerLock(dataDir);
  try {
    const engines = await startEngines({ dataDir, databaseName: "pasar_umk", log: () => undefined });
    const pool = createPool(engines.databaseUrl, 2, { statementTimeoutMs: 0 });
    try {
      const search = createSearchTarget({ host: engines.meiliHost, apiKey: engines.meiliMasterKey, indexPrefix: configured.MEILI_INDEX_PREFIX });
      const result = await reindexProducts(pool.db, { search, onProgress: printProgress("reindexing products") });
      process.stdout.write(
        `index ${result.uid}: ${result.documents} products in ${(result.tookMs / 1000).toFixed(1)} s` +
          `${result.requeued ? `; ${result.requeued} products changed meanwhile were queued again` : ""}.\n`,
      );
    } finally {
      await pool.sql.end({ timeout: 5 });
    }
  } finally {
    await stopAllChildren();
    release();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`reindex failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
  void stopAllChildren();
});
