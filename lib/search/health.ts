import { defaultSearchTarget, isSearchConfigured, productsIndexUid, type SearchTarget } from "./client";

export type SearchHealth = {
  /** True when the query side should fall back to Postgres and say so. */
  degraded: boolean;
  /** Why, for logs and the admin (never shown to the public verbatim). */
  reason: "not_configured" | "unreachable" | "unavailable" | "index_missing" | null;
  checkedAt: Date;
};

/** How long a verdict is reused: a page render costs no round trip, and an outage is noticed within seconds. */
const CACHE_MS = 3_000;
const PROBE_TIMEOUT_MS = 1_000;

const cache = new Map<string, { health: SearchHealth; pending?: Promise<SearchHealth> }>();

const keyOf = (target: SearchTarget) => `${target.client.config.host}\u0000${target.indexPrefix}`;

const probe = async (target: SearchTarget): Promise<SearchHealth> => {
  const checkedAt = new Date();
  const signal = AbortSignal.timeout(PROBE_TIMEOUT_MS);
  try {
    const health = (await target.client.httpRequest.get({ path: "health", extraRequestInit: { signal } })) as { status?: string };
    if (health.status !== "available") return { degraded: true, reason: "unavailable", checkedAt };
    await target.client.httpRequest.get({ path: `indexes/${productsIndexUid(target)}`, extraRequestInit: { signal } });
    return { degraded: false, reason: null, checkedAt };
  } catch (error) {
    // An answer with an error code came from Meilisearch itself (e.g. a wrong key); anything else means no answer.
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    if (typeof code !== "string") return { degraded: true, reason: "unreachable", checkedAt };
    return { degraded: true, reason: code === "index_not_found" ? "index_missing" : "unavailable", checkedAt };
  }
};

/**
 * Whether search can answer right now (server reachable, products index present), cached for a few
 * seconds per server. Never throws. Without MEILI_HOST it reports `not_configured`.
 */
export const searchHealth = async (options: { search?: SearchTarget; fresh?: boolean } = {}): Promise<SearchHealth> => {
  if (!options.search && !isSearchConfigured()) return { degraded: true, reason: "not_configured", checkedAt: new Date() };
  const target = options.search ?? defaultSearchTarget();
  const key = keyOf(target);
  const entry = cache.get(key);
  const fresh = entry && Date.now() - entry.health.checkedAt.getTime() < CACHE_MS;
  if (entry && fresh && !options.fresh) return entry.health;
  // One probe at a time per server, however many requests ask at once.
  const pending =
    entry?.pending ??
    probe(target).then((health) => {
      cache.set(key, { health });
      return health;
    });
  if (!entry?.pending) cache.set(key, { health: entry?.health ?? { degraded: true, reason: "unreachable", checkedAt: new Date(0) }, pending });
  // A search answers from the last verdict while the probe refreshes it in the background: only the very first
  // request of a process (no verdict yet) and callers asking for a fresh one wait for the round trips.
  if (entry && entry.health.checkedAt.getTime() > 0 && !options.fresh) return entry.health;
  return pending;
};

/**
 * For the query side: a search call just failed, so treat search as degraded at once instead of waiting
 * for the cached verdict to expire. The next probe (after the cache period) clears it.
 */
export const reportSearchFailure = (search?: SearchTarget) => {
  if (!search && !isSearchConfigured()) return;
  const target = search ?? defaultSearchTarget();
  cache.set(keyOf(target), { health: { degraded: true, reason: "unreachable", checkedAt: new Date() } });
};
