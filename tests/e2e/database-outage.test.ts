import postgres from "postgres";
import type { Browser } from "playwright-core";
import { createPool } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import type { ManagedChild } from "@/scripts/engines/children";
import { startAppAgainst, startDatabaseLink, type DatabaseLink } from "../setup/database-link";
import { databaseUrl, testPassword, testStack } from "../setup/stack";
import { launchBrowser, screenshot, VIEWPORTS } from "./browser";

// What a person sees in a real browser while Postgres is unreachable: its own app and database, reached through a
// link the test cuts, so the shared app of the other e2e files keeps its database.
jest.setTimeout(180_000);

const DATABASE = `pasar_e2e_outage_${process.pid}`;
let link: DatabaseLink;
let app: { url: string; child: ManagedChild };
let browser: Browser;

const admin = async (statement: string) => {
  const sql = postgres(testStack().adminDatabaseUrl, { max: 1, onnotice: () => undefined });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end({ timeout: 1 });
  }
};

beforeAll(async () => {
  await admin(`CREATE DATABASE "${DATABASE}" TEMPLATE "${testStack().template}"`);
  const seeding = createPool(databaseUrl(DATABASE), 2, { statementTimeoutMs: 0 });
  try {
    await seedDemoData(seeding.db, { now: new Date(), password: testPassword() });
  } finally {
    await seeding.sql.end({ timeout: 5 });
  }
  const direct = new URL(databaseUrl(DATABASE));
  link = await startDatabaseLink({ host: direct.hostname, port: Number(direct.port) });
  const throughLink = new URL(direct);
  throughLink.port = String(link.port);
  app = await startAppAgainst(throughLink.toString(), `${DATABASE}_`, () => undefined);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.child.stop();
  await link?.close();
  await admin(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
});

const at = (pathname: string) => new URL(pathname, app.url).toString();

describe("a database outage in the browser", () => {
  it("shows a signed-in buyer the Bahasa outage page, and the buyer is still signed in once the database is back", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(at("/masuk?callbackUrl=%2Fopd"));
    await page.locator('input[name="email"]').fill("pembeli@pasarumk.test");
    await page.locator('input[name="password"]').fill(testPassword());
    await page.locator('button[type="submit"]').click();
    await page.getByTestId("home-buyer").waitFor();

    await link.down();
    await page.goto(at("/opd"));
    const outage = page.getByTestId("database-outage");
    await outage.waitFor();
    expect(await outage.getByRole("heading", { level: 1 }).textContent()).toBe("Layanan sedang terganggu");
    expect(await outage.textContent()).toContain("Basis data kami sedang tidak dapat dihubungi");
    expect(page.url()).toBe(at("/opd")); // not sent to /masuk
    await screenshot(page, "database-outage-phone");

    link.up();
    await page.goto(at("/opd"));
    await page.getByTestId("home-buyer").waitFor();
    await context.close();
  });

  it("shows an anonymous visitor the outage page too, found out through /api/health", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await link.down();
    try {
      await page.goto(at("/katalog"));
      const outage = page.getByTestId("database-outage");
      await outage.waitFor();
      expect(await outage.getByRole("heading", { level: 1 }).textContent()).toBe("Layanan sedang terganggu");
    } finally {
      link.up();
      await context.close();
    }
  });
});
