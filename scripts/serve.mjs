// The production web server: Next's request handler behind a plain Node http server, for one reason — the
// client's socket address. `next start` puts it in X-Forwarded-For only when the client sent none, so a forged
// header would erase it; here every request carries the socket address in X-Pasar-Peer-Address, overwriting
// anything a client sent, and lib/api/client-address.ts trusts X-Forwarded-For only as TRUSTED_PROXIES says.
// Usage: node scripts/serve.mjs --port 3000 [--hostname 0.0.0.0]
import http from "node:http";
import next from "next";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg("port", process.env.PORT ?? "3000"));
const hostname = arg("hostname", undefined);

const app = next({ dev: false, port, hostname: hostname ?? "localhost", dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers["x-pasar-peer-address"] = req.socket.remoteAddress ?? "";
  void handle(req, res);
});
server.listen(port, hostname, () => process.stdout.write(`ready on port ${port}\n`));
// Stop taking requests, then write what the app buffers in memory (demand log, exposure counts: the registry of
// lib/services/buffered/batched-writer.ts, reached through its global symbol) before exiting.
const closeBatchedWriters = () => globalThis[Symbol.for("pasar-umk.batched-writers")]?.closeAll() ?? Promise.resolve();
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => void closeBatchedWriters().finally(() => process.exit(0))));
}
