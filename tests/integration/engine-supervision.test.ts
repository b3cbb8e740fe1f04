import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { spawnManaged, type ManagedChild } from "@/scripts/engines/children";
import { startMeilisearch } from "@/scripts/engines/meilisearch";
import { freePort } from "@/scripts/engines/ports";
import type { RestartPolicy } from "@/scripts/engines/restart-policy";
import { superviseEngine, type Supervisor } from "@/scripts/engines/supervise";
import { makeEngineTempDir } from "@/scripts/engines/temp-dir";

// The dev runner's supervision with real processes: a Meilisearch killed with SIGKILL comes back on the same port
// with its data; an engine that cannot start is given up on; a shutdown during the backoff restarts nothing.
jest.setTimeout(120_000);

const MASTER_KEY = "supervision-test-master-key-0123456789";
const FAST: RestartPolicy = { initialMs: 100, maxMs: 400, stableAfterMs: 60_000, maxFailures: 3 };
const dir = makeEngineTempDir("pasar-supervision-");
const supervisors: Supervisor[] = [];

afterAll(async () => {
  for (const s of supervisors) await s.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Polls until `check` holds; fails only after a generous deadline, never on speed. */
const eventually = async (check: () => boolean | Promise<boolean>, what: string, deadlineMs = 60_000) => {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`never happened: ${what}`);
};

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A process that exits as soon as it starts: an engine that keeps crashing. */
const crashingChild = (): ManagedChild => spawnManaged("crasher", process.execPath, ["-e", "process.exit(3)"]);

describe("superviseEngine", () => {
  it("brings a killed Meilisearch back on the same port with its data, and says so", async () => {
    const port = await freePort();
    const settings = { dataDir: path.join(dir, "meili"), port, masterKey: MASTER_KEY, mode: "production" as const, log: () => undefined };
    const first = await startMeilisearch(settings);
    const pid = first.child.process.pid!;
    // The master key travels in the environment, not on the command line that `ps` shows everyone.
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    expect(argv.join(" ")).not.toContain(MASTER_KEY);
    expect(argv).toEqual(expect.arrayContaining(["--env", "production"]));
    expect(readFileSync(`/proc/${pid}/environ`, "utf8").split("\0")).toContain(`MEILI_MASTER_KEY=${MASTER_KEY}`);

    const api = (route: string, init: RequestInit = {}) =>
      fetch(`${first.host}${route}`, { ...init, headers: { authorization: `Bearer ${MASTER_KEY}`, "content-type": "application/json" } });
    const task = (await (await api("/indexes/kept/documents", { method: "POST", body: JSON.stringify([{ id: 1, title: "Tenun Sukarara" }]) })).json()) as { taskUid: number };
    await eventually(async () => ((await (await api(`/tasks/${task.taskUid}`)).json()) as { status: string }).status === "succeeded", "the document is indexed");

    const lines: string[] = [];
    let restarts = 0;
    const supervisor = superviseEngine({
      name: "Meilisearch",
      child: first.child,
      restart: async () => {
        restarts += 1;
        return (await startMeilisearch(settings)).child;
      },
      say: (line) => lines.push(line),
      policy: FAST,
    });
    supervisors.push(supervisor);

    process.kill(pid, "SIGKILL");
    await eventually(() => lines.includes("Meilisearch is back."), "the runner says Meilisearch is back");
    expect(lines[0]).toBe("Meilisearch stopped unexpectedly (signal SIGKILL); restarting in 0.1 s…");
    expect(restarts).toBe(1);
    expect(supervisor.current().process.pid).not.toBe(pid);
    expect(isAlive(pid)).toBe(false);
    expect((await fetch(`${first.host}/health`)).ok).toBe(true);
    expect(await (await api("/indexes/kept/documents/1")).json()).toMatchObject({ title: "Tenun Sukarara" });

    const current = supervisor.current().process.pid!;
    await supervisor.stop();
    expect(isAlive(current)).toBe(false);
    expect(restarts).toBe(1); // stopping is not a crash
  });

  it("gives up, and says so, after maxFailures failed restarts in a row", async () => {
    const lines: string[] = [];
    let attempts = 0;
    const supervisor = superviseEngine({
      name: "PostgreSQL",
      child: crashingChild(),
      restart: async () => {
        attempts += 1;
        // Comes up and dies at once, as an engine does whose data folder is broken.
        return crashingChild();
      },
      say: (line) => lines.push(line),
      policy: FAST,
    });
    supervisors.push(supervisor);
    await eventually(() => lines.some((l) => l.includes("giving up")), "the runner gives up");
    expect(attempts).toBe(FAST.maxFailures);
    expect(lines.filter((l) => l.includes("restarting in")).map((l) => l.replace(/.*restarting in /, ""))).toEqual(["0.1 s…", "0.2 s…", "0.4 s…"]);
    expect(lines.at(-1)).toBe("PostgreSQL stopped unexpectedly (exit code 3); giving up after 3 failed restarts in a row. Restart the runner once it is fixed.");
  });

  it("counts a restart that never became ready as a failure and tries again", async () => {
    const lines: string[] = [];
    let attempts = 0;
    const port = await freePort();
    const settings = { dataDir: path.join(dir, "meili-flaky"), port, masterKey: MASTER_KEY, log: () => undefined };
    const first = await startMeilisearch(settings);
    const supervisor = superviseEngine({
      name: "Meilisearch",
      child: first.child,
      restart: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error("meilisearch exited during start-up");
        return (await startMeilisearch(settings)).child;
      },
      say: (line) => lines.push(line),
      policy: FAST,
    });
    supervisors.push(supervisor);
    process.kill(first.child.process.pid!, "SIGKILL");
    await eventually(() => lines.includes("Meilisearch is back."), "the second attempt brings it back");
    expect(lines).toEqual([
      "Meilisearch stopped unexpectedly (signal SIGKILL); restarting in 0.1 s…",
      "Meilisearch did not come back (meilisearch exited during start-up).",
      "Meilisearch failed to restart; restarting in 0.2 s…",
      "Meilisearch is back.",
    ]);
    expect((await fetch(`${first.host}/health`)).ok).toBe(true);
  });

  it("restarts nothing when shutdown begins during the backoff", async () => {
    const lines: string[] = [];
    let attempts = 0;
    const supervisor = superviseEngine({
      name: "Meilisearch",
      child: crashingChild(),
      restart: async () => {
        attempts += 1;
        return crashingChild();
      },
      say: (line) => lines.push(line),
      policy: { ...FAST, initialMs: 60_000, maxMs: 60_000 },
    });
    await eventually(() => lines.some((l) => l.includes("restarting in 60 s")), "the crash is noticed");
    await supervisor.stop(); // resolves once the watcher has finished: nothing can start after this
    expect(attempts).toBe(0);
  });
});
