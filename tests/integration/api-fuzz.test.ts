import fc from "fast-check";
import postgres from "postgres";
import { HttpSession } from "../setup/http-session";
import { testStack } from "../setup/stack";
import { buildWorld, documentOperations, fillPath, multipart, ROLE_NAMES, sendOperation, tinyPng, validRequests, type Json, type Operation, type RoleName, type World } from "./api-world-helpers";

// Property-based fuzz of the whole documented API against the production build: every write operation gets
// mutated versions of a valid body (and of its path), every read operation mutated query strings and paths.
// Whatever arrives, the answer is below 500, a 4xx has the usual error body, and afterwards the invariants
// hold: no negative stock, committed + realized within every budget line's ceiling, the audit chain verifies.
// The seed is fixed and the runs are counted, so the test is the same every time and bounded.

jest.setTimeout(300_000);

const SEED = 20_261_202;
// Measured on the shared 2-core machine: about 65 s for the writes (sweep and random runs), 20 s for the reads.
const RUNS_PER_WRITE = 120;
const RUNS_PER_READ = 40;

type Failure = { request: string; status: number; body: string };

// Values that broke (or could break) something once: non-dates, NUL and lone surrogates, numbers beyond every
// column, types no schema expects.
const NASTY_TEXT = [
  "NaN", "", " ", "\u0000", "Rapat\u0000Uji", "\uD800", "x\uDFFF", "\u001b[2J", "\u007f", "Infinity", "-1", "1e309",
  "9999-99-99", "2026-02-30", "0000-00-00T00:00", "-271821-04-20T00:00:00Z", "' OR 1=1 --", "<script>", "%c0", "𝕏".repeat(300),
  "null", "true", "00000000-0000-0000-0000-000000000000", "x".repeat(20_000),
];
const NASTY_NUMBERS = [-1, 0, 0.5, -0.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1e21, 1e308, -1e308, Number.MIN_VALUE];
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...NASTY_TEXT, ...NASTY_NUMBERS, null, true, false, [], {}, [null], { "": "" }, ["\u0000"]),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.jsonValue({ maxDepth: 2 }),
);
const NASTY_SEGMENTS = ["%c0", "%", "%E0%A4%A", "%00", "not-a-uuid", "00000000-0000-0000-0000-000000000000", "1", "%20", "a".repeat(2_000), "%F0%9F%98%80", "..%2f"];

/** Each one replaces one value of a valid body in the sweep: one field wrong, everything else right. */
const SWEEP_VALUES: unknown[] = ["Rapat\u0000Uji", "\uD800", "\u001b", "NaN", "2026-02-30T09:00", -1, 1e308, 2 ** 53 + 2, null, "x".repeat(20_000), ["\u0000"]];

type Mutation =
  | { kind: "drop"; at: number }
  | { kind: "set"; at: number; value: unknown }
  | { kind: "add"; at: number; key: string; value: unknown }
  | { kind: "replaceBody"; value: unknown }
  | { kind: "rawText"; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("set" as const), at: fc.nat(), value: nastyValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("add" as const), at: fc.nat(), key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "\u0000", "isLocal", "status", "businessId")), value: nastyValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("replaceBody" as const), value: nastyValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("rawText" as const), text: fc.constantFrom("{", "{\"a\":", "[1,2", "{\"title\":\"\\u0000\"}", "{\"a\":\"\\ud800\"}", "{}{}", "\u0000", "[".repeat(5_000) + "]".repeat(5_000), "\"str\"", "1e999") }) },
);

/** Every place in a JSON value, as key paths, the root first. */
const placesIn = (value: unknown, path: (string | number)[] = []): (string | number)[][] => {
  if (value === null || typeof value !== "object") return [path];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [path, ...children.flatMap(([k, v]) => placesIn(v, [...path, k]))];
};

const parentOf = (root: unknown, path: (string | number)[]) => path.slice(0, -1).reduce<any>((node, k) => node?.[k], root); // eslint-disable-line @typescript-eslint/no-explicit-any

/** Applies the mutations to a copy of the body; raw text (not JSON at all) wins over everything else. */
const mutate = (body: unknown, mutations: Mutation[]): { json?: unknown; text?: string } => {
  let value: unknown = structuredClone(body ?? {});
  for (const m of mutations) {
    if (m.kind === "rawText") return { text: m.text };
    if (m.kind === "replaceBody") {
      value = m.value;
      continue;
    }
    const places = placesIn(value);
    const place = places[m.at % places.length]!;
    if (m.kind === "add") {
      const target = place.length === 0 ? value : parentOf(value, [...place, ""]);
      if (target && typeof target === "object" && !Array.isArray(target)) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      continue;
    }
    if (place.length === 0) {
      if (m.kind === "set") value = m.value;
      continue;
    }
    const parent = parentOf(value, place);
    const key = place[place.length - 1]!;
    if (m.kind === "drop") {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else parent[key] = m.value;
  }
  return { json: value };
};

/** The documented path with its records filled in, one segment perhaps replaced by something hostile. */
const mutatedPath = (op: Operation, world: World, segment: { index: number; value: string } | null) => {
  const filled = fillPath(op.path, world);
  if (!segment) return { path: filled, mutated: false };
  const params = [...op.path.matchAll(/\{\w+\}/g)].length;
  const parts = filled.split("/");
  // A parameter's segment when there is one (the interesting case), else the last segment.
  const paramIndexes = op.path.split("/").flatMap((p, i) => (p.startsWith("{") ? [i] : []));
  const index = params > 0 ? paramIndexes[segment.index % paramIndexes.length]! : parts.length - 1;
  parts[index] = segment.value;
  return { path: parts.join("/"), mutated: true };
};

const segmentArb = fc.option(fc.record({ index: fc.nat(), value: fc.oneof(fc.constantFrom(...NASTY_SEGMENTS), fc.string({ maxLength: 12 }).map(encodeURIComponent)) }), { freq: 4 });

const app = () => postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });

let world: World;
let operations: Operation[];

beforeAll(async () => {
  operations = await documentOperations();
  world = await buildWorld(`fuzz${Date.now()}`);
});

/** How many answers of each status class the fuzz got: proof that it reaches past validation, not only into it. */
const statusClasses: Record<string, number> = {};

/** Records a 5xx, or a 4xx without the usual error body (documented paths only; a mangled path may hit a page). */
const check = async (failures: Failure[], request: string, response: Response, pathMutated: boolean) => {
  const text = await response.text();
  const statusClass = `${String(response.status)[0]}xx`;
  statusClasses[statusClass] = (statusClasses[statusClass] ?? 0) + 1;
  if (response.status >= 500) return void failures.push({ request, status: response.status, body: text.slice(0, 300) });
  if (response.status < 400 || pathMutated) return;
  let body: Json | null = null;
  try {
    body = JSON.parse(text) as Json;
  } catch {
    // not JSON: reported below
  }
  if (typeof body?.error?.code !== "string" || typeof body?.error?.message !== "string") failures.push({ request, status: response.status, body: `not the error shape: ${text.slice(0, 200)}` });
};

const describeRequest = (op: Operation, path: string, role: RoleName, payload: string) => `${op.method} ${path} as ${role} ${payload.slice(0, 200)}`;

describe("API fuzz", () => {
  it("answers every mutated write below 500, in the error shape", async () => {
    const requests = validRequests(world);
    const failures: Failure[] = [];
    const writes = operations.filter((o) => o.method !== "GET");
    for (const [n, op] of writes.entries()) {
      const request = requests[op.key];
      const role: RoleName = request?.as ?? "admin";
      const random = fc.sample(fc.record({ mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }), segment: segmentArb, fileName: fc.constantFrom("nota.png", "a\u0000.png", "\uD800.png", "x".repeat(500), "") }), { seed: SEED + n, numRuns: RUNS_PER_WRITE });
      // The sweep first: every place of the valid body × every sweep value, so a field that lets NUL or a
      // non-date through is found for sure, not only when the random runs happen to hit it.
      const places = placesIn(request?.body ?? {}).slice(1);
      const sweep = places.flatMap((_, at) => SWEEP_VALUES.map((value) => ({ mutations: [{ kind: "set", at: at + 1, value } as Mutation], segment: null, fileName: "nota.png" })));
      const cases = [...sweep, ...random];
      for (const c of cases) {
        const { path, mutated } = mutatedPath(op, world, c.segment);
        const session = world.sessions[role];
        let response: Response;
        let payload: string;
        if (op.bodyType === "multipart") {
          const field = c.mutations[0]!.kind === "drop" ? "other" : op.key.endsWith("/photos") ? "photo" : "file";
          const first = c.mutations[0]!;
          // A "set" mutation sends its value as the file's bytes (not an image at all); the rest a real PNG.
          const bytes = first.kind === "set" ? new TextEncoder().encode(typeof first.value === "string" ? first.value : (JSON.stringify(first.value) ?? "")) : await tinyPng();
          payload = `multipart ${field} ${JSON.stringify(c.fileName)} ${bytes.length} bytes ${first.kind === "add" ? JSON.stringify(first) : ""}`;
          const form = multipart(field, bytes, c.fileName, "image/png");
          // An "add" mutation adds a text field beside the file (what a form's returnTo or number would be).
          if (first.kind === "add") form.set(first.key || "returnTo", typeof first.value === "string" ? first.value : (JSON.stringify(first.value) ?? ""));
          response = await session.fetch(path, { method: op.method, body: form });
        } else {
          const body = mutate(request?.body ?? {}, c.mutations);
          payload = body.text ?? JSON.stringify(body.json) ?? "undefined";
          response = body.text !== undefined
            ? await session.fetch(path, { method: op.method, headers: { "content-type": "application/json" }, body: body.text })
            : await sendOperation(session, op, path, request, body.json === undefined ? null : body.json);
        }
        await check(failures, describeRequest(op, path, role, payload), response, mutated);
      }
    }
    expect(failures).toEqual([]);
    // Some mutations leave a body valid (an extra key, a dropped optional one): those must have been carried out.
    expect(statusClasses["2xx"]).toBeGreaterThan(0);
  });

  it("answers every mutated read (query string and path) below 500, in the error shape", async () => {
    const failures: Failure[] = [];
    const reads = operations.filter((o) => o.method === "GET" && !o.path.endsWith("/openapi.json"));
    const signedIn = ROLE_NAMES.filter((r) => r !== "anonymous");
    for (const [n, op] of reads.entries()) {
      const names = [...op.query, "unknown"];
      const query = fc.array(fc.tuple(fc.constantFrom(...names), fc.oneof(fc.constantFrom(...NASTY_TEXT.filter((t) => t.length < 500)), fc.string({ maxLength: 10 }))), { maxLength: 4 });
      const cases = fc.sample(fc.record({ query, raw: fc.constantFrom("", "&%", "&a=%c0", "&fiscalYear=%E0%A4%A", "&&==&"), segment: segmentArb, role: fc.constantFrom(...signedIn) }), { seed: SEED + 1_000 + n, numRuns: RUNS_PER_READ });
      for (const c of cases) {
        const { path, mutated } = mutatedPath(op, world, c.segment);
        const search = new URLSearchParams(c.query).toString() + c.raw;
        const url = search ? `${path}?${search}` : path;
        const response = await world.sessions[c.role].fetch(url);
        await check(failures, `GET ${url.slice(0, 200)} as ${c.role}`, response, mutated);
      }
    }
    expect(failures).toEqual([]);
  });

  it("answers undecodable paths (media, API, pages) with 400 in the error shape", async () => {
    const failures: Failure[] = [];
    const paths = ["/media/%c0", "/media/%", "/media/products/%E0%A4%A.webp", "/api/v1/orders/%c0", "/api/v1/products/%", "/api/v1/events/%c0/items", "/produk/%c0", "/pesanan/%ff"];
    for (const path of paths) {
      const response = await world.sessions.buyer.fetch(path);
      const body = (await response.json().catch(() => null)) as Json | null;
      if (response.status !== 400 || body?.error?.code !== "bad_request") failures.push({ request: path, status: response.status, body: JSON.stringify(body) });
    }
    expect(failures).toEqual([]);
  });

  it("answers sign-in attempts with NUL or lone surrogates below 500", async () => {
    const statuses: number[] = [];
    for (const email of ["a\u0000@uji.test", "\uD800@uji.test", "x".repeat(5_000)]) {
      const session = new HttpSession();
      const { csrfToken } = (await (await session.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await session.fetch("/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, email, password: "p\u0000", json: "true" }),
      });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
  });

  it("leaves the invariants intact: stock, budget lines, the audit chain", async () => {
    const sql = app();
    try {
      const [{ negative }] = (await sql`SELECT count(*)::int AS negative FROM products WHERE stock < 0`) as unknown as [{ negative: number }];
      const overspent = await sql`SELECT id, ceiling_idr, committed_idr, realized_idr FROM budget_lines WHERE committed_idr < 0 OR realized_idr < 0 OR committed_idr + realized_idr > ceiling_idr`;
      expect({ negative, overspent }).toEqual({ negative: 0, overspent: [] });
    } finally {
      await sql.end();
    }
    const verdict = await world.sessions.auditor.fetch("/api/v1/audit/verify");
    expect(verdict.status).toBe(200);
    expect(await verdict.json()).toMatchObject({ ok: true });
  });
});
