import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** One runner per data folder: a second one would fight the first over the same Postgres files. */
export const acquireRunnerLock = (dataDir: string) => {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "runner.pid");
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, "utf8"));
    if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
      throw new Error(`Pasar UMK is already running on ${dataDir} (pid ${pid}). Stop it first, or set DATA_DIR.`);
    }
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
};
