import type { ChildProcess } from "node:child_process";

/** Stops the test stack and waits until it has stopped its engines and removed its folder. */
export default async function globalTeardown() {
  const child = (globalThis as unknown as { __pasarStack?: ChildProcess }).__pasarStack;
  if (!child) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  // Our ends of its pipes would otherwise keep Jest's process alive after the run.
  child.stdin?.destroy();
  child.stdout?.destroy();
}
