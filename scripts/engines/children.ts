import { spawn, spawnSync, type ChildProcess } from "node:child_process";

export type ManagedChild = {
  name: string;
  process: ChildProcess;
  /** Resolves when the process has exited, whatever the reason. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop: () => Promise<void>;
};

type SpawnOptions = {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Run as this user (root only): Postgres refuses to run as root. */
  runAs?: { uid: number; gid: number };
  /** The signal that asks this program for a clean, fast shutdown. */
  stopSignal?: NodeJS.Signals;
  onOutput?: (line: string) => void;
};

const hasSetpriv = (() => {
  let cached: boolean | undefined;
  return () => (cached ??= process.platform === "linux" && spawnSync("setpriv", ["--version"]).status === 0);
})();

const live = new Set<ManagedChild>();

/**
 * Starts a program in its own process group (so its own children die with it) and, on Linux, with a
 * parent-death signal, so even a runner killed with SIGKILL leaves no orphan behind.
 */
export const spawnManaged = (name: string, command: string, args: string[], options: SpawnOptions = {}): ManagedChild => {
  const stopSignal = options.stopSignal ?? "SIGTERM";
  let file = command;
  let argv = args;
  if (hasSetpriv()) {
    const identity = options.runAs
      ? [`--reuid=${options.runAs.uid}`, `--regid=${options.runAs.gid}`, "--clear-groups"]
      : [];
    file = "setpriv";
    argv = ["--pdeathsig", stopSignal.replace(/^SIG/, ""), ...identity, "--", command, ...args];
  }
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    ...(hasSetpriv() || !options.runAs ? {} : options.runAs),
  });
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) options.onOutput?.(line);
  };
  child.stdout?.on("data", forward);
  child.stderr?.on("data", forward);

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
    child.once("error", () => resolve({ code: -1, signal: null }));
  });

  const signalGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  };

  const managed: ManagedChild = {
    name,
    process: child,
    exited,
    stop: async () => {
      signalGroup(stopSignal);
      const timer = setTimeout(() => signalGroup("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      // The leader may exit before its children (next-server): sweep the group once more.
      signalGroup("SIGKILL");
      live.delete(managed);
    },
  };
  live.add(managed);
  void exited.then(() => live.delete(managed));
  return managed;
};

/** Stops children newest first: the app before the engines it talks to. */
export const stopAllChildren = async () => {
  for (const child of [...live].reverse()) await child.stop();
};

/**
 * Resolves when `probe` succeeds; rejects if the child exits first or time runs out, and then stops the child,
 * so a start that failed (or a restart that will be retried) leaves no half-started process holding the port.
 */
export const waitUntilReady = async (child: ManagedChild, probe: () => Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void child.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${child.name} exited during start-up`);
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  await child.stop();
  throw new Error(`${child.name} was not ready after ${Math.round(timeoutMs / 1000)} s`);
};
