import "server-only";
import { db as defaultDb, type DbOrTx } from "@/db/client";
import { findCategorySlugsByName } from "@/db/queries/categories";
import { insertSearchQueries, type SearchQueryLog } from "@/db/queries/search-queries";
import { BatchedWriter, PendingList, processWriter } from "@/lib/services/buffered/batched-writer";

/**
 * A search as it waits for its batch: the time it was made, and its category either known (the first hit's, or
 * none) or the one category filtered on, by name, whose slug is looked up when the batch is written.
 */
export type BufferedSearch = Omit<SearchQueryLog, "categorySlug"> & { category: { slug: string | null } | { name: string } };

/**
 * The demand signal (one `search_queries` row per worded first-page search) is kept in this process's memory and
 * written in one multi-row INSERT every FLUSH_MS, or as soon as MAX_BATCH searches wait: the answer awaits neither
 * the write nor the category lookup. Each row keeps the time of its search, not of its flush. On a clean shutdown
 * (SIGTERM/SIGINT, or the event loop emptying) the rest is written. A crash (kill -9, power) loses at most the
 * searches buffered since the last flush — FLUSH_MS of searches in this process, one batch; a failed write is
 * put back and retried with the next flush, up to MAX_WAITING searches.
 */
const FLUSH_MS = 5_000;
const MAX_BATCH = 1_000;
/** A few tens of MB: hours of searches held through a database outage; after that, newer ones are turned away. */
const MAX_WAITING = 100_000;

/** Category filters resolved to slugs with one lookup per batch, as each search would have stored them. */
const writeSearches = async (db: DbOrTx, searches: BufferedSearch[]) => {
  const names = [...new Set(searches.flatMap((s) => ("name" in s.category ? [s.category.name] : [])))];
  const slugByName = await findCategorySlugsByName(db, names);
  await insertSearchQueries(db, searches.map(({ category, ...row }) => ({
    ...row,
    categorySlug: "name" in category ? (slugByName.get(category.name) ?? null) : category.slug,
  })));
};

export class DemandLog extends BatchedWriter<BufferedSearch, PendingList<BufferedSearch>> {
  constructor(options: { db: () => DbOrTx; flushMs?: number; maxBatch?: number }) {
    super(new PendingList("searches", MAX_WAITING), {
      what: "search log rows",
      write: (rows) => writeSearches(options.db(), rows),
      flushMs: options.flushMs ?? FLUSH_MS,
      maxBatch: options.maxBatch ?? MAX_BATCH,
    });
  }

  log(search: BufferedSearch): void {
    this.pending.push(search);
    this.added();
  }
}

const shared = processWriter(() => new DemandLog({ db: () => defaultDb }));

/** The process's demand log, on the app database. */
export const demandLog = shared.get;

/** Writes what this module instance has logged, if anything (tests, before reading search_queries). */
export const flushDemandLog = shared.flushIfStarted;
