import type { Viewer } from "@/lib/domain/auth/roles";
import { computeAuditHash, GENESIS_HASH, type AuditRecord, type ChainedAuditRecord } from "./hash-chain";

export type AuditActor = { id: string | null; label: string };

export const SYSTEM_ACTOR: AuditActor = { id: null, label: "system" };

/** Who the audit trail names for a signed-in person: their id and email. */
export const actorOf = (viewer: Pick<Viewer, "userId" | "email">): AuditActor => ({ id: viewer.userId, label: viewer.email });

export type AuditEventInput = {
  actor: AuditActor;
  action: string;
  entity: string;
  entityId: string;
  data?: Record<string, unknown>;
  at?: Date;
};

/**
 * Pure: the link that follows `head` (undefined: the chain is empty) for this event, hash included. Every
 * writer of the chain — the services and the seed — builds links here, so they hash alike. `now` is used
 * when the event carries no time of its own.
 */
export const chainAuditEvent = (
  head: { seq: number; hash: string } | undefined,
  input: AuditEventInput,
  now: Date,
): ChainedAuditRecord => {
  // Normalise through JSON so the hashed value is exactly what jsonb will give back later.
  const data = JSON.parse(JSON.stringify(input.data ?? {})) as unknown;
  const record: AuditRecord = {
    seq: (head?.seq ?? 0) + 1,
    at: new Date(Math.floor((input.at ?? now).getTime())),
    actorId: input.actor.id,
    actorLabel: input.actor.label,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    data,
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  return { ...record, hash: computeAuditHash(record) };
};
