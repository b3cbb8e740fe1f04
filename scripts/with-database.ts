import path from "node:path";
import { env } from "../lib/env";
import { stopAllChildren } from "./engines/children";
import { acquireRunnerLock } from "./engines/lock";
import { startEngines } from "./engines/stack";

/**
 * Runs a database script against DATABASE_URL, or against the embedded Postgres in DATA_DIR (started
 * for the duration, and refused while `npm run dev` holds the same folder).
 */
export const withDatabase = async (run: (url: string) => Promise<void>) => {
  let release = () => {};
  try {
    let url = env().DATABASE_URL;
    if (!url) {
      const dataDir = path.resolve(env().DATA_DIR);
      release = acquireRunnerLock(dataDir);
      url = (await startEngines({ dataDir, databaseName: "pasar_umk", withSearch: false, log: () => undefined })).databaseUrl;
    }
    await run(url);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    await stopAllChildren();
    release();
  }
};
