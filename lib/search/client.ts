import { Meilisearch, type Index, type Task } from "meilisearch";
import { env } from "@/lib/env";
import type { ProductDocument } from "./document";

// Not marked "server-only": the outbox worker and the reindex script import this outside Next. The master
// key comes from env(), which reads non-public variables that never reach a browser bundle.

/** Where search lives: a client holding the master key, and the prefix that names its indexes. */
export type SearchTarget = {
  client: Meilisearch;
  /** Prepended to every index uid, so tests (and several apps) can share one Meilisearch. */
  indexPrefix: string;
};

export type SearchConnection = { host: string; apiKey: string; indexPrefix?: string };

/** Each HTTP call gives up after this long, so an unreachable server fails fast rather than hangs. */
const REQUEST_TIMEOUT_MS = 10_000;
/** Task polling: short, because the worker marks outbox rows only after Meilisearch has applied them. */
const TASK_WAIT = { timeout: 30_000, interval: 20 };

/** A target for an explicit server (tests start their own Meilisearch; scripts pass what they started). */
export const createSearchTarget = (connection: SearchConnection): SearchTarget => ({
  client: new Meilisearch({
    host: connection.host,
    apiKey: connection.apiKey,
    timeout: REQUEST_TIMEOUT_MS,
    defaultWaitOptions: TASK_WAIT,
  }),
  indexPrefix: connection.indexPrefix ?? "",
});

const holder = globalThis as unknown as { __pasarSearch?: { key: string; target: SearchTarget } };

/** The configured search server (MEILI_HOST, MEILI_MASTER_KEY, MEILI_INDEX_PREFIX); one client per process. */
export const defaultSearchTarget = (): SearchTarget => {
  const { MEILI_HOST: host, MEILI_MASTER_KEY: apiKey = "", MEILI_INDEX_PREFIX: indexPrefix } = env();
  if (!host) throw new Error("Search is not configured: set MEILI_HOST (and MEILI_MASTER_KEY).");
  const key = `${host}\u0000${apiKey}\u0000${indexPrefix}`;
  if (holder.__pasarSearch?.key !== key) holder.__pasarSearch = { key, target: createSearchTarget({ host, apiKey, indexPrefix }) };
  return holder.__pasarSearch.target;
};

/** Whether MEILI_HOST is set at all (without it, search is degraded by configuration, not by an outage). */
export const isSearchConfigured = () => Boolean(env().MEILI_HOST);

/** The configured Meilisearch client (server side only: it holds the master key). */
export const searchClient = (target: SearchTarget = defaultSearchTarget()) => target.client;

/** Uid of the live products index, e.g. `products`, or `pasar_t_123_products` in a test file. */
export const productsIndexUid = (target?: SearchTarget) => `${(target ?? { indexPrefix: env().MEILI_INDEX_PREFIX }).indexPrefix}products`;

/** The live products index, typed with the document shape the drain and the reindex write. */
export const productsIndex = (target: SearchTarget = defaultSearchTarget()): Index<ProductDocument> =>
  target.client.index<ProductDocument>(productsIndexUid(target));

/** A Meilisearch task that ended in anything but success; `code` is Meilisearch's error code. */
export class SearchTaskError extends Error {
  constructor(
    readonly task: Task,
    readonly code = task.error?.code ?? task.status,
  ) {
    super(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? "no error message"}`);
    this.name = "SearchTaskError";
  }
}

/** Waits for an enqueued task and returns it only if it succeeded; otherwise throws SearchTaskError. */
export const waitForSuccess = async (target: SearchTarget, enqueued: { taskUid: number } | Promise<{ taskUid: number }>) => {
  const { taskUid } = await enqueued;
  const task = await target.client.tasks.waitForTask(taskUid);
  if (task.status !== "succeeded") throw new SearchTaskError(task);
  return task;
};

/** Meilisearch's error code of an API error (e.g. `index_not_found`), if the error is one. */
export const meiliErrorCode = (error: unknown): string | undefined => {
  if (error instanceof SearchTaskError) return error.code;
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === "string" ? cause.code : undefined;
};
