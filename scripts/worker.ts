/**
 * `npm run worker`: the search outbox worker for production (`npm run dev` runs one in-process). Needs
 * DATABASE_URL and MEILI_HOST (+ MEILI_MASTER_KEY). Ensures the index on start, then drains until SIGINT or
 * SIGTERM, finishing the batch in hand before it exits. Run one or several: drains never collide.
 */
import { closeDb } from "../db/client";
import { env } from "../lib/env";
import { runSearchWorker } from "../lib/search/worker";

const main = async () => {
  const { DATABASE_URL, MEILI_HOST } = env();
  if (!DATABASE_URL || !MEILI_HOST) {
    throw new Error("Set DATABASE_URL and MEILI_HOST (and MEILI_MASTER_KEY). In development, `npm run dev` already runs the worker.");
  }
  const controller = new AbortController();
  const stop = (signal: string) => {
    if (controller.signal.aborted) return;
    process.stdout.write(`[search-worker] ${signal}: finishing the current batch…\n`);
    controller.abort();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  await runSearchWorker({ signal: controller.signal });
  await closeDb();
  process.stdout.write("[search-worker] stopped.\n");
};

main().catch((error: unknown) => {
  process.stderr.write(`[search-worker] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
