import type { ManagedChild } from "./children";
import { decideRestart, DEFAULT_RESTART_POLICY, formatDelay, type RestartPolicy } from "./restart-policy";

export type Supervisor = {
  /** The engine's current process (a new one after each restart). */
  current: () => ManagedChild;
  /** No more restarts: cancels a pending one, waits for one under way, then stops the engine. */
  stop: () => Promise<void>;
};

const describeExit = ({ code, signal }: { code: number | null; signal: NodeJS.Signals | null }) =>
  signal ? `signal ${signal}` : `exit code ${code}`;

/**
 * Watches an engine the runner started and, when it stops on its own, starts it again with `restart` (same port,
 * same data) after the policy's backoff, saying what happened. Gives up, and says so, after too many failures in
 * a row; never restarts once `stop` was called, so shutdown leaves no engine behind.
 */
export const superviseEngine = (options: {
  name: string;
  child: ManagedChild;
  restart: () => Promise<ManagedChild>;
  say: (line: string) => void;
  policy?: RestartPolicy;
}): Supervisor => {
  const { name, restart, say, policy = DEFAULT_RESTART_POLICY } = options;
  let child = options.child;
  let startedAt = Date.now();
  let failures = 0;
  let stopped = false;
  let wake: (() => void) | null = null;
  let restarting: Promise<unknown> = Promise.resolve();

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => (wake = null));

  /** One attempt; resolves to the new child or null when it did not come up. */
  const attempt = async (): Promise<ManagedChild | null> => {
    try {
      return await restart();
    } catch (error) {
      say(`${name} did not come back (${error instanceof Error ? error.message : String(error)}).`);
      return null;
    }
  };

  const watch = async () => {
    let exit = await child.exited;
    let ranForMs = Date.now() - startedAt;
    let reason = `${name} stopped unexpectedly (${describeExit(exit)})`;
    while (!stopped) {
      const decision = decideRestart(failures, ranForMs, policy);
      failures = decision.failures;
      if (decision.action === "give_up") {
        say(`${reason}; giving up after ${failures} failed restarts in a row. Restart the runner once it is fixed.`);
        return;
      }
      say(`${reason}; restarting in ${formatDelay(decision.delayMs)}…`);
      await sleep(decision.delayMs);
      if (stopped) return;
      const run = attempt();
      restarting = run;
      const next = await run;
      if (stopped) {
        await next?.stop();
        return;
      }
      if (!next) {
        ranForMs = 0;
        reason = `${name} failed to restart`;
        continue;
      }
      child = next;
      startedAt = Date.now();
      say(`${name} is back.`);
      exit = await child.exited;
      if (stopped) return;
      ranForMs = Date.now() - startedAt;
      reason = `${name} stopped unexpectedly (${describeExit(exit)})`;
    }
  };
  const watching = watch();

  return {
    current: () => child,
    stop: async () => {
      stopped = true;
      wake?.();
      await restarting;
      await child.stop();
      await watching;
    },
  };
};
