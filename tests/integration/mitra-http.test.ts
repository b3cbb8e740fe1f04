import postgres from "postgres";
import { HttpSession } from "../setup/http-session";
import { testPassword, testStack } from "../setup/stack";

// The partner's own access over HTTP, on the running app and its seeded demo data: mitra@pasarumk.test (Pusat
// Halal Universitas Mataram) has an accepted partnership with the demo seller's business and a proposed one with
// a food UMK. Only the accepted one opens a readiness profile; every other UMK answers 403.

const rows = async <T>(query: (sql: postgres.Sql) => Promise<T>) => {
  const sql = postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });
  try {
    return await query(sql);
  } finally {
    await sql.end();
  }
};

let partner: HttpSession;
let accepted: string;
let proposed: string;
let unrelated: string;

beforeAll(async () => {
  partner = new HttpSession();
  expect((await partner.signIn("mitra@pasarumk.test", testPassword())).hasSession).toBe(true);
  [accepted, proposed, unrelated] = await rows(async (sql) => {
    const ps = await sql`SELECT p.business_id, p.status::text FROM partnerships p JOIN partners o ON o.id = p.partner_id WHERE o.name = 'Pusat Halal Universitas Mataram'`;
    const a = ps.find((p) => p.status === "accepted")!.business_id as string;
    const b = ps.find((p) => p.status === "proposed")!.business_id as string;
    const [other] = await sql`SELECT id FROM businesses WHERE is_umk AND verification_status = 'verified' AND id NOT IN (SELECT business_id FROM partnerships) ORDER BY nib LIMIT 1`;
    return [a, b, other!.id as string];
  });
});

describe("partner access over the API", () => {
  it("reads the readiness profile of a UMK with an accepted partnership", async () => {
    const response = await partner.fetch(`/api/v1/businesses/${accepted}/readiness`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { businessId: string; gaps: string[] };
    expect(body.businessId).toBe(accepted);
    expect(Array.isArray(body.gaps)).toBe(true);
  });

  it.each([
    ["a proposed (not yet accepted) partnership", () => proposed],
    ["no partnership at all", () => unrelated],
  ])("gets 403 on a UMK with %s", async (_what, id) => {
    const response = await partner.fetch(`/api/v1/businesses/${id()}/readiness`);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  });

  it("sees its partnerships and the open batch of its province on the gap board", async () => {
    const list = (await (await partner.fetch("/api/v1/partnerships")).json()) as { partnerships: Array<{ businessId: string; actions: { readBusinessData: boolean } }> };
    expect(list.partnerships.find((p) => p.businessId === accepted)?.actions.readBusinessData).toBe(true);
    expect(list.partnerships.find((p) => p.businessId === proposed)?.actions.readBusinessData).toBe(false);
    const board = await partner.fetch("/api/v1/gap-batches");
    expect(board.status).toBe(200);
    const { batches } = (await board.json()) as { batches: Array<{ gapCode: string; members?: unknown }> };
    expect(batches.some((b) => b.gapCode === "FOOD_PERMIT_MISSING")).toBe(true);
    // An open batch shows its totals, never who is in it, to a partner that has not claimed it.
    expect(batches.filter((b) => b.members !== undefined)).toEqual([]);
  });

  it("cannot register partners or build batches (admin only)", async () => {
    const headers = { "content-type": "application/json" };
    expect((await partner.fetch("/api/v1/partners", { method: "POST", headers, body: JSON.stringify({ regionId: "00000000-0000-4000-8000-000000000000", name: "Mitra Liar", kind: "ngo" }) })).status).toBe(403);
    expect((await partner.fetch("/api/v1/gap-batches", { method: "POST", headers, body: JSON.stringify({ gapCode: "LOW_RATING", kabupatenId: "00000000-0000-4000-8000-000000000000", categoryId: null }) })).status).toBe(403);
  });
});
