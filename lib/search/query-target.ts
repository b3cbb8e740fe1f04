import "server-only";
import http from "node:http";
import https from "node:https";
import { Meilisearch } from "meilisearch";
import type { SearchTarget } from "./client";

// Measured at 100k documents (bench/search-api.ts): the same Meilisearch search took ~47 ms through the
// client's default fetch (undici, Node 20) and ~4 ms through node:http with keep-alive and Nagle off.
// The query side therefore talks to Meilisearch through this small HTTP client; the target (host, key,
// index prefix) still comes from lib/search/client.

// An idle kept-alive socket must not keep the process alive (scripts, workers, test runs would hang on
// exit): unref it while it waits in the pool, ref it again when a request takes it.
const idleUnref = <A extends http.Agent>(agent: A) => {
  agent.on("free", (socket: { unref: () => void }) => socket.unref());
  return agent;
};
const agents = {
  "http:": idleUnref(new http.Agent({ keepAlive: true, maxSockets: 64 })),
  "https:": idleUnref(new https.Agent({ keepAlive: true, maxSockets: 64 })),
};

/** A `fetch`-shaped JSON client for the meilisearch SDK's `httpClient` option; rejects like the SDK on HTTP errors. */
export const nodeHttpJson = (input: string | URL | Request, init: RequestInit = {}) =>
  new Promise<unknown>((resolve, reject) => {
    const url = input instanceof Request ? new URL(input.url) : new URL(input);
    const transport = url.protocol === "https:" ? https : http;
    const body = typeof init.body === "string" ? init.body : undefined;
    const headers: Record<string, string | number> = Object.fromEntries(new Headers(init.headers).entries());
    if (body !== undefined) headers["content-length"] = Buffer.byteLength(body);
    const request = transport.request(url, { method: init.method ?? "GET", headers, agent: agents[url.protocol as "http:" | "https:"], signal: init.signal ?? undefined }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let parsed: unknown;
        try {
          parsed = text === "" ? undefined : JSON.parse(text);
        } catch (error) {
          reject(error);
          return;
        }
        if ((response.statusCode ?? 500) >= 300) {
          const meili = parsed as { code?: string; message?: string } | undefined;
          reject(Object.assign(new Error(`Meilisearch ${response.statusCode}: ${meili?.message ?? text.slice(0, 200)}`), { cause: meili }));
        } else resolve(parsed);
      });
    });
    request.on("socket", (socket) => {
      socket.ref();
      socket.setNoDelay(true);
    });
    request.on("error", reject);
    request.end(body);
  });

const cache = new WeakMap<SearchTarget, SearchTarget>();

/** The same Meilisearch and index prefix as `target`, reached through nodeHttpJson. */
export const queryTargetFor = (target: SearchTarget): SearchTarget => {
  let query = cache.get(target);
  if (!query) {
    const { host, apiKey } = target.client.config;
    query = { client: new Meilisearch({ host, apiKey, timeout: 3_000, httpClient: nodeHttpJson }), indexPrefix: target.indexPrefix };
    cache.set(target, query);
  }
  return query;
};
