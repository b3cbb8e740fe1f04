import { chmodSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A fresh temp folder that the `postgres` system user can enter: mkdtemp makes it mode 0700, and as
 * root Postgres runs as that user, so initdb would fail with "permission denied".
 */
export const makeEngineTempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
};
