/**
 * `npm run bench`: measures on real engines in a temp folder and prints a table for bench/RESULTS.md.
 * Numbers are for reading, never asserted in tests.
 */
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPool } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { appendAuditEvent, SYSTEM_ACTOR } from "../lib/services/audit/append-audit-event";
import { verifyAuditChain } from "../lib/services/audit/verify-audit-chain";
import { stopAllChildren } from "../scripts/engines/children";
import { freePort } from "../scripts/engines/ports";
import { makeEngineTempDir } from "../scripts/engines/temp-dir";
import { ensureDatabase, startPostgres } from "../scripts/engines/postgres";
import { time } from "./timing";

const main = async () => {
  const dir = makeEngineTempDir("pasar-bench-");
  try {
    const pg = await startPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), password: "bench-password", log: () => undefined });
    await ensureDatabase(pg.url("postgres"), "bench");
    await migrateDatabase(pg.url("bench"));
    const { db, sql } = createPool(pg.url("bench"), 16, { statementTimeoutMs: 0 });
    const rows: string[] = [];
    const append = (i: number) =>
      db.transaction((tx) => appendAuditEvent(tx, { actor: SYSTEM_ACTOR, action: "bench.event", entity: "bench", entityId: String(i), data: { i, amountIdr: i * 1000 } }));

    const sequential = await time(async () => {
      for (let i = 0; i < 2_000; i++) await append(i);
    });
    rows.push(`audit append, sequential | 2,000 events | ${(2_000 / (sequential.ms / 1000)).toFixed(0)} events/s`);

    const concurrent = await time(async () => {
      let next = 0;
      await Promise.all(Array.from({ length: 16 }, async () => {
        while (next < 8_000) await append(next++);
      }));
    });
    rows.push(`audit append, 16 concurrent writers | 8,000 events | ${(8_000 / (concurrent.ms / 1000)).toFixed(0)} events/s`);

    const verify = await time(() => verifyAuditChain(db));
    rows.push(`verifyAuditChain | ${verify.result.length.toLocaleString("en")} events, ok=${verify.result.ok} | ${verify.ms.toFixed(0)} ms`);
    await sql.end();

    process.stdout.write(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}\n`);
    process.stdout.write(`what | size | result\n---|---|---\n${rows.join("\n")}\n`);
  } finally {
    await stopAllChildren();
    rmSync(dir, { recursive: true, force: true });
  }
};

void main();
