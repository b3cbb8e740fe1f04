import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { appendAuditEvent, SYSTEM_ACTOR } from "@/lib/services/audit/append-audit-event";
import { verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";

const append = (n: number) =>
  db.transaction((tx) =>
    appendAuditEvent(tx, { actor: SYSTEM_ACTOR, action: "test.appended", entity: "test", entityId: String(n), data: { n, note: "uji" } }),
  );

describe("audit trail on real Postgres", () => {
  it("keeps one valid chain under 50 concurrent appends", async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => append(i)));
    expect(new Set(results.map((r) => r.seq)).size).toBe(50);
    const verdict = await verifyAuditChain(db);
    expect(verdict).toEqual({ ok: true, length: 50, head: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const [{ max }] = (await db.execute(sql`select max(seq)::int as max from audit_events`)) as unknown as [{ max: number }];
    expect(max).toBe(50);
  });

  it("leaves no event behind when the transaction that wrote it rolls back", async () => {
    const before = await verifyAuditChain(db);
    await expect(
      db.transaction(async (tx) => {
        await appendAuditEvent(tx, { actor: SYSTEM_ACTOR, action: "test.rolled_back", entity: "test", entityId: "x" });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await verifyAuditChain(db)).toEqual(before);
  });

  it.each([
    ["UPDATE", sql`update audit_events set action = 'forged' where seq = 3`],
    ["DELETE", sql`delete from audit_events where seq = 3`],
    ["TRUNCATE", sql`truncate audit_events`],
  ])("rejects %s", async (_op, statement) => {
    // drizzle wraps the driver error; the trigger's message is on its cause
    const error = await db.execute(statement).then(() => null, (e: { cause?: Error }) => e.cause);
    expect(error?.message).toMatch(/append-only/);
  });

  it("names the first broken link when someone with superuser rights bypasses the trigger", async () => {
    await db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
      await tx.execute(sql`update audit_events set data = '{"n": 999}'::jsonb where seq = 17`);
      await tx.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
    });
    const verdict = await verifyAuditChain(db);
    expect(verdict.ok).toBe(false);
    expect(verdict.firstBrokenSeq).toBe(17);
    expect(verdict.length).toBe(50);
  });
});
