import { AUTHORIZATION_MATRIX, type Expected } from "./authorization-matrix.table";
import { buildWorld, documentOperations, fillPath, ROLE_NAMES, sendOperation, validRequests, withRequiredQuery, type Operation, type RoleName, type World } from "./api-world-helpers";

// Every operation of the OpenAPI document × every role, against the production build, with the status each
// role gets: the expectations are data in authorization-matrix.table.ts, one row per operation.

jest.setTimeout(240_000);

/** "allowed": past authorization — any answer but 401/403/404 and never a 5xx (a minimal body may be a 4xx). */
const matches = (expected: Expected, status: number) =>
  expected === "allowed" ? status < 500 && ![401, 403, 404].includes(status) : status === expected;

const isAllowedWrite = (op: Operation, expected: Expected) => op.method !== "GET" && expected === "allowed";

// Reads first, then every refusal (which must not depend on what an allowed call changed), then the allowed
// writes: creating and changing before deleting, and registering a business (it gives the caller a new
// seller grant) last of all.
const phase = (op: Operation, expected: Expected) => {
  if (op.method === "GET") return 0;
  if (!isAllowedWrite(op, expected)) return 1;
  if (op.key === "POST /api/v1/businesses") return 4;
  return op.method === "DELETE" ? 3 : 2;
};

let world: World;
let operations: Operation[];

beforeAll(async () => {
  operations = await documentOperations();
  world = await buildWorld(`matrix${Date.now()}`);
});

describe("authorization matrix", () => {
  it("has exactly one row per operation of the document", () => {
    const documented = operations.map((o) => o.key).sort();
    const rows = Object.keys(AUTHORIZATION_MATRIX).sort();
    expect({ withoutRow: documented.filter((k) => !rows.includes(k)), notInDocument: rows.filter((k) => !documented.includes(k)) }).toEqual({ withoutRow: [], notInDocument: [] });
  });

  it("answers every role with the status its row expects", async () => {
    const requests = validRequests(world);
    // PRINT_MATRIX=1 prints what the API answers, also for operations without a row (guessing, for the order of
    // the calls, that the role of the operation's valid request is the one allowed): a start for a new row.
    const record = Boolean(process.env.PRINT_MATRIX);
    const guess = (op: Operation, role: RoleName): Expected => (op.method === "GET" ? 200 : requests[op.key]?.as === role ? "allowed" : 403);
    const cells = operations
      .filter((op) => record || AUTHORIZATION_MATRIX[op.key])
      .flatMap((op) => ROLE_NAMES.map((role) => ({ op, role, expected: AUTHORIZATION_MATRIX[op.key]?.[role] ?? guess(op, role) })))
      .sort((a, b) => phase(a.op, a.expected) - phase(b.op, b.expected));
    const actual: Record<string, Partial<Record<RoleName, number>>> = {};
    const wrong: string[] = [];
    for (const { op, role, expected } of cells) {
      const response = await sendOperation(world.sessions[role], op, withRequiredQuery(op, fillPath(op.path, world), world), requests[op.key]);
      await response.arrayBuffer();
      (actual[op.key] ??= {})[role] = response.status;
      if (!matches(expected, response.status)) wrong.push(`${op.key} as ${role}: expected ${expected}, got ${response.status}`);
    }
    if (record) console.log(Object.entries(actual).map(([key, row]) => `  "${key}": ${JSON.stringify(row).replace(/"(\w+)":/g, "$1: ").replace(/,/g, ", ")},`).join("\n"));
    expect(wrong).toEqual([]);
  });
});
