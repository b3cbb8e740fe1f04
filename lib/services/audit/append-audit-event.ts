import type { DbOrTx } from "@/db/client";
import { findAuditHead, insertAuditEvent, lockAuditChain } from "@/db/queries/audit";
import { computeAuditHash, GENESIS_HASH, type AuditRecord } from "@/lib/domain/audit/hash-chain";

export type AuditActor = { id: string | null; label: string };

export const SYSTEM_ACTOR: AuditActor = { id: null, label: "system" };

export type AuditEventInput = {
  actor: AuditActor;
  action: string;
  entity: string;
  entityId: string;
  data?: Record<string, unknown>;
  at?: Date;
};

/**
 * Appends one link to the audit chain. Call it inside the transaction that makes the change, so the
 * event exists exactly when the change does; the advisory lock keeps concurrent appends in one line.
 */
export const appendAuditEvent = async (tx: DbOrTx, input: AuditEventInput) => {
  await lockAuditChain(tx);
  const head = await findAuditHead(tx);
  // Normalise through JSON so the hashed value is exactly what jsonb will give back later.
  const data = JSON.parse(JSON.stringify(input.data ?? {})) as unknown;
  const record: AuditRecord = {
    seq: (head?.seq ?? 0) + 1,
    at: new Date(Math.floor((input.at ?? new Date()).getTime())),
    actorId: input.actor.id,
    actorLabel: input.actor.label,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    data,
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  const hash = computeAuditHash(record);
  await insertAuditEvent(tx, { ...record, hash });
  return { seq: record.seq, hash };
};
