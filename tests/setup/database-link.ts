import net from "node:net";
import path from "node:path";
import { spawnManaged, waitUntilReady, type ManagedChild } from "@/scripts/engines/children";
import { freePort } from "@/scripts/engines/ports";
import { testStack } from "./stack";

export type DatabaseLink = {
  port: number;
  /** Forward connections to Postgres (the normal state). */
  up: () => void;
  /** Refuse new connections and cut the open ones, as a stopped or crashed Postgres does. */
  down: () => Promise<void>;
  /** Accept connections but never answer, as a hung host or a black-holed network does. */
  hang: () => void;
  close: () => Promise<void>;
};

/**
 * A TCP stand-in between an app and Postgres that the test can switch off: the app sees exactly what a dead
 * server looks like from the outside, while the shared test cluster keeps serving every other test file.
 */
export const startDatabaseLink = async (target: { host: string; port: number }): Promise<DatabaseLink> => {
  let mode: "up" | "hang" = "up";
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
  };
  const handle = (client: net.Socket) => {
    track(client);
    if (mode === "hang") return; // never forwarded: the driver's connect timeout has to give up
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.once("close", () => upstream.destroy());
    upstream.once("close", () => client.destroy());
  };
  const port = await freePort();
  let server: net.Server | null = null;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer(handle);
      server.once("error", reject).listen(port, "127.0.0.1", () => resolve());
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      const current = server;
      server = null;
      for (const socket of sockets) socket.destroy();
      if (!current) return resolve();
      current.close(() => resolve());
    });
  await listen();
  return {
    port,
    up: () => {
      mode = "up";
      if (!server) void listen();
    },
    down: stopListening,
    hang: () => {
      mode = "hang";
      if (!server) void listen();
    },
    close: stopListening,
  };
};

/** `next start` of the test build on its own port, with its database reached through `databaseUrl`. */
export const startAppAgainst = async (
  databaseUrl: string,
  meiliIndexPrefix: string,
  log: (line: string) => void,
  /** `next start`, or scripts/serve.mjs as production runs it (its own shutdown). */
  server: "next-start" | "serve" = "next-start",
) => {
  const stack = testStack();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = server === "serve"
    ? [path.join("scripts", "serve.mjs"), "--port", String(port)]
    : [path.join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port)];
  const child: ManagedChild = spawnManaged("next", process.execPath, args, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test",
      DATABASE_URL: databaseUrl,
      DATABASE_STATEMENT_TIMEOUT_MS: "5000",
      MEILI_HOST: stack.meiliHost,
      MEILI_MASTER_KEY: stack.meiliMasterKey,
      MEILI_INDEX_PREFIX: meiliIndexPrefix,
      ...stack.stripe.env,
      NEXTAUTH_SECRET: "test-nextauth-secret-0123456789",
      NEXTAUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    onOutput: log,
  });
  await waitUntilReady(child, async () => (await fetch(`${url}/api/health`)).ok, 90_000);
  return { url, child };
};
