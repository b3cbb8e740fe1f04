import {
  canonicalJson, computeAuditHash, GENESIS_HASH, verifyChain, type AuditRecord, type ChainedAuditRecord,
} from "@/lib/domain/audit/hash-chain";

const chain = (count: number): ChainedAuditRecord[] => {
  const records: ChainedAuditRecord[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const record: AuditRecord = {
      seq, at: new Date(Date.UTC(2026, 10, 27, 1, 0, seq)), actorId: null, actorLabel: "system",
      action: "test.event", entity: "thing", entityId: String(seq), data: { seq, nested: { b: 2, a: [1, "x"] } }, prevHash,
    };
    const hash = computeAuditHash(record);
    records.push({ ...record, hash });
    prevHash = hash;
  }
  return records;
};

describe("canonicalJson", () => {
  it("sorts keys at every depth and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
  });
  it("gives the same text whatever the key order", () => {
    expect(canonicalJson({ x: 1, y: { p: "q", o: true } })).toBe(canonicalJson({ y: { o: true, p: "q" }, x: 1 }));
  });
  it("drops undefined properties, as jsonb would", () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
  it("writes dates as ISO strings and refuses NaN", () => {
    expect(canonicalJson({ at: new Date("2026-01-01T00:00:00Z") })).toBe('{"at":"2026-01-01T00:00:00.000Z"}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
  });
});

describe("audit hash chain", () => {
  it("hashes sha256(prev_hash ‖ canonical json) into 64 hex characters", () => {
    const [first] = chain(1);
    expect(first!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first!.prevHash).toBe(GENESIS_HASH);
  });

  it("verifies an untouched chain", () => {
    const records = chain(20);
    expect(verifyChain(records)).toEqual({ ok: true, length: 20, head: records[19]!.hash });
  });

  it("verifies the empty chain", () => {
    expect(verifyChain([])).toEqual({ ok: true, length: 0, head: GENESIS_HASH });
  });

  it.each([
    ["a changed amount in data", 7, (r: ChainedAuditRecord) => ({ ...r, data: { seq: 999 } })],
    ["a changed actor", 7, (r: ChainedAuditRecord) => ({ ...r, actorLabel: "someone else" })],
    ["a changed time", 7, (r: ChainedAuditRecord) => ({ ...r, at: new Date(r.at.getTime() + 1) })],
    // A forger who also recomputes the edited row's hash breaks the next link instead.
    ["an edit with its hash recomputed", 8, (r: ChainedAuditRecord) => {
      const edited = { ...r, action: "forged" };
      return { ...edited, hash: computeAuditHash(edited) };
    }],
  ])("names the first broken link after %s", (_label, brokenSeq, tamper) => {
    const records = chain(10);
    records[6] = tamper(records[6]!);
    const verdict = verifyChain(records);
    expect(verdict.ok).toBe(false);
    expect(verdict.firstBrokenSeq).toBe(brokenSeq);
  });

  it("detects a deleted link and a reordered chain", () => {
    const records = chain(6);
    expect(verifyChain([...records.slice(0, 2), ...records.slice(3)]).firstBrokenSeq).toBe(4);
    expect(verifyChain([records[1]!, records[0]!, ...records.slice(2)]).firstBrokenSeq).toBe(2);
  });
});
