/**
 * When to restart an engine that stopped on its own: pure, so the schedule is unit-tested without processes.
 * Delays double from `initialMs` up to `maxMs`; a run that stayed up `stableAfterMs` starts the count afresh,
 * so an engine that crashes once a day restarts quickly every time, while one that cannot start gives up.
 */
export type RestartPolicy = { initialMs: number; maxMs: number; stableAfterMs: number; maxFailures: number };

export const DEFAULT_RESTART_POLICY: RestartPolicy = { initialMs: 500, maxMs: 30_000, stableAfterMs: 60_000, maxFailures: 8 };

export type RestartDecision =
  | { action: "restart"; delayMs: number; failures: number }
  | { action: "give_up"; failures: number };

/** Delay before the nth restart of a run of failures (1-based): 0.5 s, 1 s, 2 s, … capped at maxMs. */
export const restartDelayMs = (failures: number, policy: RestartPolicy = DEFAULT_RESTART_POLICY): number =>
  Math.min(policy.maxMs, policy.initialMs * 2 ** Math.max(0, failures - 1));

/**
 * Decides after a stop: `failuresBefore` consecutive failures so far, and how long the engine ran this time
 * (0 when a restart never became ready).
 */
export const decideRestart = (failuresBefore: number, ranForMs: number, policy: RestartPolicy = DEFAULT_RESTART_POLICY): RestartDecision => {
  const failures = (ranForMs >= policy.stableAfterMs ? 0 : failuresBefore) + 1;
  if (failures > policy.maxFailures) return { action: "give_up", failures: failures - 1 };
  return { action: "restart", delayMs: restartDelayMs(failures, policy), failures };
};

/** "0.5 s", "1 s", "30 s": how the runner tells a person about a delay. */
export const formatDelay = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;
