import { createPool } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import type { ManagedChild } from "@/scripts/engines/children";
import { HttpSession } from "../setup/http-session";
import { testPassword } from "../setup/stack";
import { startAppAgainst, startDatabaseLink, type DatabaseLink } from "../setup/database-link";

// Its own `next start` of the test build, reaching this file's database through a link the test can cut: what
// the app sees of a Postgres that stopped (refused, connections reset) or hangs (never answers).
jest.setTimeout(180_000);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let link: DatabaseLink;
let app: { url: string; child: ManagedChild };
const appLog: string[] = [];

/** The outage page as rendered, not merely its words inside the translations sent along with every page. */
const showsOutage = (html: string) => /data-testid="database-outage"[\s\S]*<h1[^>]*>Layanan sedang terganggu<\/h1>/.test(html);
/** The error Next hands to the error page in the page's payload, with the digest lib/errors.ts preset. */
const carriesOutageDigest = (html: string) => /digest\\?":\\?"database_unavailable/.test(html);
/** The header's sign-in link, which only a signed-out visitor sees. */
const showsSignIn = (html: string) => /<a[^>]*href="\/masuk[^"]*"[^>]*>Masuk<\/a>/.test(html);

beforeAll(async () => {
  const url = new URL(process.env.DATABASE_URL!);
  const seeding = createPool(url.toString(), 2, { statementTimeoutMs: 0 });
  try {
    await seedDemoData(seeding.db, { now: new Date(), password: testPassword() });
  } finally {
    await seeding.sql.end({ timeout: 5 });
  }
  link = await startDatabaseLink({ host: url.hostname, port: Number(url.port) });
  const throughLink = new URL(url);
  throughLink.port = String(link.port);
  app = await startAppAgainst(throughLink.toString(), `${process.env.PASAR_TEST_DATABASE}_outage_`, (l) => appLog.push(l));
});

afterAll(async () => {
  await app?.child.stop();
  await link?.close();
});

const signedIn = async (email: string) => {
  const session = new HttpSession(app.url);
  expect((await session.signIn(email, testPassword())).hasSession).toBe(true);
  return session;
};

const expectDatabaseUnavailable = async (response: Response) => {
  expect(response.status).toBe(503);
  const body = (await response.json()) as Json;
  expect(body.error).toMatchObject({ code: "database_unavailable", message: expect.stringMatching(/basis data tidak dapat dihubungi/) });
};

/** next-auth clears a session by sending its cookie back empty or expired. */
const clearsSession = (response: Response) =>
  response.headers.getSetCookie().some((c) => /next-auth\.session-token/.test(c) && (/=;/.test(c) || /max-age=0/i.test(c) || /expires=Thu, 01 Jan 1970/i.test(c)));

describe("with PostgreSQL unreachable", () => {
  let buyer: HttpSession;
  let home: string;

  beforeAll(async () => {
    buyer = await signedIn("pembeli@pasarumk.test");
    const landing = await buyer.fetch("/beranda");
    home = new URL(landing.headers.get("location")!, app.url).pathname;
    const page = await buyer.fetch(home);
    expect(page.status).toBe(200);
    expect(showsOutage(await page.text())).toBe(false);
    expect((await buyer.session()).user?.email).toBe("pembeli@pasarumk.test");
  });

  afterEach(() => link.up());

  it("answers API requests with 503 database_unavailable, signed in or not", async () => {
    await link.down();
    await expectDatabaseUnavailable(await buyer.fetch("/api/v1/me"));
    // Anonymous: a public product read goes straight to the database.
    await expectDatabaseUnavailable(await new HttpSession(app.url).fetch("/api/v1/products/00000000-0000-4000-8000-000000000000"));
    const health = await fetch(`${app.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, database: "down" });
  });

  it("gives up on a server that never answers (connect timeout) with the same 503", async () => {
    await link.down(); // drop the pooled connections, so the next request must connect afresh…
    link.hang(); // …to a server that accepts and then says nothing
    await expectDatabaseUnavailable(await buyer.fetch("/api/v1/me"));
  });

  it("hands a signed-in person the outage error page, not the signed-out header or the sign-in page", async () => {
    await link.down();
    const page = await buyer.fetch(home);
    expect(page.status).toBe(500); // Next gives a failed render no other status; the API says 503
    expect(page.headers.get("location")).toBeNull(); // not redirected to /masuk
    const html = await page.text();
    // A failed render is an empty shell that the browser fills with the error page from the payload; the payload
    // carries the outage digest, which app/global-error.tsx shows as the outage text (see the e2e test).
    expect(carriesOutageDigest(html)).toBe(true);
    expect(showsSignIn(html)).toBe(false);
  });

  it("tells someone signing in that the service is disrupted, not that the password is wrong", async () => {
    await link.down();
    const visitor = new HttpSession(app.url);
    const result = await visitor.signIn("ppk@pasarumk.test", testPassword());
    expect(result.hasSession).toBe(false);
    expect(new URL(result.body.url).searchParams.get("error")).toBe("database_unavailable");
  });

  it("keeps the session cookie through the outage, and the person is signed in again once the database is back", async () => {
    await link.down();
    const during = await buyer.fetch("/api/auth/session");
    expect(clearsSession(during)).toBe(false);
    expect((await during.json()) as Json).toMatchObject({ databaseUnavailable: true });
    expect(buyer.hasSessionCookie()).toBe(true);

    link.up();
    expect((await buyer.session()).user?.email).toBe("pembeli@pasarumk.test");
    const page = await buyer.fetch(home);
    expect(page.status).toBe(200);
    expect(showsOutage(await page.text())).toBe(false);
    expect((await buyer.fetch("/api/v1/me")).status).toBe(200);
  });
});
