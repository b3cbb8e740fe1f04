/**
 * Where a concurrent run's time goes, as Postgres sees it: samples pg_stat_activity every few milliseconds on its
 * own connection and counts, per sample, each bench backend's state and wait event (a lock wait names the lock
 * type: `Lock:transactionid` is a row lock, `Lock:advisory` the audit chain). "idle in transaction" is time a
 * transaction stays open while the app works between statements; "active, CPU" is a statement running. For
 * reading while profiling (BENCH_SAMPLE_WAITS=1), never asserted.
 */
import postgres from "postgres";

export type WaitSample = { what: string; count: number; share: number };

export const startWaitSampler = (url: string, intervalMs = 5) => {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  const counts = new Map<string, number>();
  let samples = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const rows = await sql<Array<{ what: string }>>`
        SELECT CASE WHEN state = 'active' AND wait_event IS NULL THEN 'active, CPU'
                    WHEN wait_event_type = 'Lock' THEN 'active, Lock:' || wait_event || ' in "' || left(regexp_replace(query, '\\s+', ' ', 'g'), 48) || '…"'
                    WHEN state = 'active' THEN 'active, ' || wait_event_type || ':' || wait_event
                    ELSE state END AS what
        FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND state <> 'idle'`;
      samples += 1;
      for (const r of rows) counts.set(r.what, (counts.get(r.what) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  /** Stops sampling; per state/wait: total backend-samples and the average number of backends in it. */
  return async (): Promise<WaitSample[]> => {
    stopped = true;
    await loop;
    await sql.end({ timeout: 1 });
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([what, count]) => ({ what, count, share: count / Math.max(1, samples) }));
  };
};

export const formatWaits = (waits: WaitSample[]) => waits.map((w) => `${w.what} ${w.share.toFixed(1)}`).join("; ");
