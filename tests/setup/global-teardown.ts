import type { ChildProcess } from "node:child_process";

/** Stops the test stack and waits until it has stopped its engines and removed its folder. */
export default async function globalTeardown() {
  const child = (globalThis as unknown as { __pasarStack?: ChildProcess }).__pasarStack;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}
