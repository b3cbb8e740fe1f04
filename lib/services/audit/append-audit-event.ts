import type { DbOrTx } from "@/db/client";
import { findAuditHead, insertAuditEvent, lockAuditChain } from "@/db/queries/audit";
import { chainAuditEvent, type AuditEventInput } from "@/lib/domain/audit/audit-event";

export { SYSTEM_ACTOR, type AuditActor, type AuditEventInput } from "@/lib/domain/audit/audit-event";

/**
 * Appends one link to the audit chain. Call it inside the transaction that makes the change, so the
 * event exists exactly when the change does; the advisory lock keeps concurrent appends in one line.
 */
export const appendAuditEvent = async (tx: DbOrTx, input: AuditEventInput) => {
  await lockAuditChain(tx);
  const link = chainAuditEvent(await findAuditHead(tx), input, new Date());
  await insertAuditEvent(tx, link);
  return { seq: link.seq, hash: link.hash };
};
