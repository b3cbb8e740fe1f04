import postgres from "postgres";
import { HttpSession } from "../setup/http-session";
import { testPassword, testStack } from "../setup/stack";

// CSRF and JSON-body rules over HTTP against the production build: a cookie write from another origin of the
// same site (another port, a sibling sub-domain) must be refused before anything is written.

const app = () => postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });
const year = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
const eventBody = (title: string) =>
  JSON.stringify({ title, type: "rapat", startsAt: `${year}-03-02T09:00`, endsAt: `${year}-03-02T13:00:00+08:00`, kabupaten: "Kota Mataram", attendees: 12, budgetIdr: 1_500_000 });
const json = { "content-type": "application/json" };

const countEvents = async (title: string) => {
  const sql = app();
  try {
    const [row] = await sql`select count(*)::int as n from events where title = ${title}`;
    return row!.n as number;
  } finally {
    await sql.end();
  }
};
const codeOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

describe("CSRF and JSON bodies on the API (production build, seeded app)", () => {
  let buyer: HttpSession;
  beforeAll(async () => {
    buyer = new HttpSession();
    expect((await buyer.signIn("pembeli@pasarumk.test", testPassword())).hasSession).toBe(true);
  });

  it.each([
    ["another port", () => { const u = new URL(testStack().appUrl!); u.port = String(Number(u.port) + 1); return u.origin; }],
    ["a sibling sub-domain", () => "https://lain.ntbprov.go.id"],
  ])("refuses a cookie POST from %s: 403 csrf_rejected and nothing written", async (_label, origin) => {
    const title = `CSRF uji ${Date.now()}`;
    const response = await buyer.fetch("/api/v1/events", { method: "POST", headers: { ...json, origin: origin() }, body: eventBody(title) });
    expect(response.status).toBe(403);
    expect(await codeOf(response)).toBe("csrf_rejected");
    expect(await countEvents(title)).toBe(0);
  });

  it("refuses Sec-Fetch-Site cross-site without an Origin, accepts same-origin", async () => {
    const title = `CSRF sfs ${Date.now()}`;
    const cross = await buyer.fetch("/api/v1/events", { method: "POST", headers: { ...json, origin: "null", "sec-fetch-site": "cross-site" }, body: eventBody(title) });
    expect(cross.status).toBe(403);
    expect(await countEvents(title)).toBe(0);
    const same = await buyer.fetch("/api/v1/events", { method: "POST", headers: { ...json, origin: "null", "sec-fetch-site": "same-origin" }, body: eventBody(title) });
    expect(same.status).toBe(201);
    expect(await countEvents(title)).toBe(1);
  });

  it("accepts the same Origin", async () => {
    const title = `CSRF sama ${Date.now()}`;
    const response = await buyer.fetch("/api/v1/events", { method: "POST", headers: { ...json, origin: new URL(testStack().appUrl!).origin }, body: eventBody(title) });
    expect(response.status).toBe(201);
    expect(await countEvents(title)).toBe(1);
  });

  it("accepts a Bearer token from any origin", async () => {
    const created = await buyer.fetch("/api/v1/api-tokens", { method: "POST", headers: json, body: JSON.stringify({ name: "CSRF uji" }) });
    expect(created.status).toBe(201);
    const { token } = (await created.json()) as { token: string };
    const title = `CSRF bearer ${Date.now()}`;
    const response = await new HttpSession().fetch("/api/v1/events", {
      method: "POST",
      headers: { ...json, origin: "https://lain.ntbprov.go.id", authorization: `Bearer ${token}` },
      body: eventBody(title),
    });
    expect(response.status).toBe(201);
    expect(await countEvents(title)).toBe(1);
  });

  it("answers 415 to a text/plain body, 400 to an empty or malformed one", async () => {
    const title = `CSRF jenis ${Date.now()}`;
    const plain = await buyer.fetch("/api/v1/events", { method: "POST", headers: { "content-type": "text/plain" }, body: eventBody(title) });
    expect(plain.status).toBe(415);
    expect(await codeOf(plain)).toBe("unsupported_media_type");
    expect(await countEvents(title)).toBe(0);
    const empty = await buyer.fetch("/api/v1/events", { method: "POST", headers: json, body: "" });
    expect(empty.status).toBe(400);
    expect(await codeOf(empty)).toBe("bad_request");
    const malformed = await buyer.fetch("/api/v1/events", { method: "POST", headers: json, body: "{nope" });
    expect(malformed.status).toBe(400);
    expect(await codeOf(malformed)).toBe("bad_request");
  });
});
