import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/** The fields a hash covers: everything stored except the hash itself. */
export type AuditRecord = {
  seq: number;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  data: unknown;
  prevHash: string;
};

export type ChainedAuditRecord = AuditRecord & { hash: string };

/**
 * JSON with object keys sorted at every depth and no whitespace, so the same value always hashes the
 * same, whatever order a jsonb column or a caller produced its keys in.
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error("Audit data cannot hold NaN or Infinity");
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  return JSON.stringify(value);
};

/** sha256(prev_hash ‖ canonical_json(record without hash)). */
export const computeAuditHash = (record: AuditRecord): string => {
  // Fields are picked one by one: a stored row also carries `hash`, which must never hash itself.
  const { seq, at, actorId, actorLabel, action, entity, entityId, data, prevHash } = record;
  const covered = { seq, at: at.toISOString(), actorId, actorLabel, action, entity, entityId, data, prevHash };
  return createHash("sha256").update(prevHash).update(canonicalJson(covered)).digest("hex");
};

export type ChainVerdict = { ok: boolean; length: number; head: string; firstBrokenSeq?: number };

/** Incremental verifier: feed records in seq order; the first link that fails is remembered. */
export const createChainVerifier = () => {
  let expectedSeq = 1;
  let head = GENESIS_HASH;
  let length = 0;
  let firstBrokenSeq: number | undefined;

  return {
    push(record: ChainedAuditRecord) {
      length += 1;
      if (firstBrokenSeq === undefined) {
        const linked = record.seq === expectedSeq && record.prevHash === head;
        if (!linked || computeAuditHash(record) !== record.hash) firstBrokenSeq = record.seq;
      }
      expectedSeq = record.seq + 1;
      head = record.hash;
    },
    result(): ChainVerdict {
      return firstBrokenSeq === undefined ? { ok: true, length, head } : { ok: false, length, head, firstBrokenSeq };
    },
  };
};

export const verifyChain = (records: Iterable<ChainedAuditRecord>): ChainVerdict => {
  const verifier = createChainVerifier();
  for (const record of records) verifier.push(record);
  return verifier.result();
};
