import { db } from "@/db/client";
import { appendAuditEvents, SYSTEM_ACTOR } from "@/lib/services/audit/append-audit-event";
import { verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";

describe("audit trail: several events per transaction (real Postgres)", () => {
  it("keeps one valid chain under 20 concurrent transactions of 3 events each, each transaction's events in a row", async () => {
    const before = await verifyAuditChain(db);
    const batches = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction((tx) =>
          appendAuditEvents(
            tx,
            [0, 1, 2].map((k) => ({ actor: SYSTEM_ACTOR, action: "test.batched", entity: "test", entityId: `${i}.${k}`, data: { i, k } })),
          ),
        ),
      ),
    );
    for (const links of batches) expect(links.map((l) => l.seq - links[0]!.seq)).toEqual([0, 1, 2]);
    expect(new Set(batches.flat().map((l) => l.seq)).size).toBe(60);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, length: before.length + 60, head: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("appends nothing for an empty list", async () => {
    const before = await verifyAuditChain(db);
    expect(await db.transaction((tx) => appendAuditEvents(tx, []))).toEqual([]);
    expect(await verifyAuditChain(db)).toEqual(before);
  });
});
