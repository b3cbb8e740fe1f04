import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { rowsOf } from "@/db/queries/columns";
import { seedDemoData } from "@/db/seed";
import { startAppAgainst } from "../setup/database-link";

// The buffered writers (demand log, exposure counts) on a clean shutdown: a separate process logs through the real
// modules, more searches than one batch holds, and is sent SIGTERM; everything it buffered is in the database after.
// Then the same through the production server (scripts/serve.mjs), which decides itself when the process exits.
jest.setTimeout(120_000);

const SEARCHES = 1_200; // above the demand log's batch cap: one batch goes out while logging, the rest at SIGTERM
const IMPRESSIONS = 7;
const FIRST_AT = new Date("2026-03-02T01:00:00Z");

beforeAll(async () => {
  await seedDemoData(db, { now: FIRST_AT });
});

const runChildUntilSigterm = async (args: string[]) => {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(__dirname, "buffered-shutdown-child.ts"), ...args], {
    env: process.env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  await new Promise<void>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once("line", (line) => (line === "ready" ? resolve() : reject(new Error(line))));
    void exited.then(({ code }) => reject(new Error(`child exited (${code}) before it was ready`)));
  });
  child.kill("SIGTERM");
  return exited;
};

it("writes every buffered search and count when the process is sent SIGTERM", async () => {
  const [business] = rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM businesses ORDER BY id LIMIT 1`));
  await db.execute(sql`DELETE FROM search_queries WHERE normalized_query LIKE 'uji shutdown %'`);
  await db.execute(sql`DELETE FROM business_exposure_daily WHERE business_id = ${business!.id} AND day = '2026-03-02'`);

  // The shutdown hook flushed, then let the signal end the process as it would have without the hook.
  expect(await runChildUntilSigterm([String(SEARCHES), String(IMPRESSIONS), business!.id, FIRST_AT.toISOString()])).toEqual({ code: null, signal: "SIGTERM" });

  const rows = rowsOf<{ normalized_query: string; at: Date; category_slug: string | null; result_count: number }>(await db.execute(sql`
    SELECT normalized_query, at, category_slug, result_count FROM search_queries
     WHERE normalized_query LIKE 'uji shutdown %' ORDER BY result_count`));
  expect(rows).toHaveLength(SEARCHES);
  rows.forEach((r, i) => {
    expect(r.normalized_query).toBe(`uji shutdown ${i}`);
    expect(new Date(r.at).getTime()).toBe(FIRST_AT.getTime() + i * 1_000); // the search's time, not the flush's
    expect(r.category_slug).toBe(i % 2 === 0 ? "kopi" : null);
  });
  const [counted] = rowsOf<{ impressions: number }>(await db.execute(sql`
    SELECT impressions FROM business_exposure_daily WHERE business_id = ${business!.id} AND day = '2026-03-02'`));
  expect(Number(counted?.impressions)).toBe(IMPRESSIONS);
});

it("the production server writes the searches it buffered when it is stopped", async () => {
  const log: string[] = [];
  const app = await startAppAgainst(process.env.DATABASE_URL!, `${process.env.PASAR_TEST_DATABASE}_serve_`, (l) => log.push(l), "serve");
  const queries = ["uji serve satu", "uji serve dua", "uji serve tiga"];
  try {
    for (const q of queries) expect((await fetch(`${app.url}/api/v1/products?q=${encodeURIComponent(q)}`)).status).toBe(200);
  } finally {
    await app.child.stop(); // SIGTERM, as a process manager stops it
  }
  const rows = rowsOf<{ normalized_query: string }>(await db.execute(sql`
    SELECT normalized_query FROM search_queries WHERE normalized_query LIKE 'uji serve %' ORDER BY at`));
  expect({ rows: rows.map((r) => r.normalized_query), exit: await app.child.exited }).toEqual({ rows: queries, exit: { code: 0, signal: null } });
});
